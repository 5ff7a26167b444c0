/** The one place that maps error codes to process exit codes and prints errors without stack traces. */
import { isSwitchboardError, type ErrorCode } from '@switchboard/spec';

const exitCodeOf: Partial<Record<ErrorCode, number>> = {
  CONFIG_INVALID: 78, // EX_CONFIG
  CONFIG_NOT_FOUND: 78,
  INGEST_PATH_NOT_FOUND: 66, // EX_NOINPUT
  DATASET_INVALID: 65, // EX_DATAERR
  INGEST_FILE_INVALID: 65,
  VALIDATION_FAILED: 64, // EX_USAGE
  STORE_FAILURE: 74, // EX_IOERR
};

export function reportError(error: unknown): number {
  if (isSwitchboardError(error)) {
    process.stderr.write(`switchboard: ${error.message}\n`);
    return exitCodeOf[error.code] ?? 1;
  }
  process.stderr.write(`switchboard: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
  if (process.env['SWITCHBOARD_DEBUG']) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  return 70; // EX_SOFTWARE
}
