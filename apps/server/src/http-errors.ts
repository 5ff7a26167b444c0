/** The one place that maps error codes to HTTP statuses. Internals never leak: unknown errors are a plain 500. */
import { isSwitchboardError, type ErrorCode } from '@switchboard/spec';

const statusOf: Record<ErrorCode, number> = {
  CONFIG_INVALID: 500,
  CONFIG_NOT_FOUND: 500,
  INGEST_FILE_INVALID: 422,
  INGEST_PATH_NOT_FOUND: 404,
  STORE_FAILURE: 503,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  PAYLOAD_TOO_LARGE: 413,
  DATASET_INVALID: 422,
  RATE_LIMITED: 429,
  PROVIDER_FAILURE: 502,
  SOURCE_FETCH_FAILED: 502,
  INTERNAL: 500,
};

export interface HttpErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string };
}

/** Translates anything thrown in a handler into a status and a safe body. */
export function toHttpError(error: unknown): { status: number; body: HttpErrorBody } {
  if (isSwitchboardError(error)) {
    return { status: statusOf[error.code], body: { error: { code: error.code, message: error.message } } };
  }
  const status = (error as { statusCode?: number }).statusCode;
  if (status === 413) return { status, body: { error: { code: 'PAYLOAD_TOO_LARGE', message: 'request body is too large' } } };
  if (status === 415) return { status, body: { error: { code: 'VALIDATION_FAILED', message: 'send the body as application/json' } } };
  if (status !== undefined && status >= 400 && status < 500) {
    const message =
      error instanceof SyntaxError || /JSON/i.test((error as Error).message) ? 'request body is not valid JSON' : (error as Error).message;
    return { status, body: { error: { code: 'VALIDATION_FAILED', message } } };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'internal error; the event was logged' } } };
}
