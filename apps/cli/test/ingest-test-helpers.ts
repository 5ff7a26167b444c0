/** Runs the built CLI for the ingest tests and collects its output and exit code. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const bin = fileURLToPath(new URL('../bin/switchboard.js', import.meta.url));
export const ingestFixtures = fileURLToPath(new URL('../../../packages/ingest/src/__fixtures__', import.meta.url));

export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

export async function switchboard(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  options: { cwd?: string } = {},
): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

/** The JSON summary printed by `ingest --json` and `sync --json`. */
export interface IngestJson {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removed: number;
  readonly skipped: number;
  readonly empty: number;
  readonly failed: { path: string; reason: string }[];
  readonly warnings: { path: string; message: string }[];
  readonly sources: Record<string, { added: number; updated: number; unchanged: number; removed: number; failed: number }>;
}
