/** Runs the built `switchboard` CLI in a child process, as a user would, and collects its output and exit code. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** The CLI's entry script; it runs apps/cli/dist, so the tests that use it need a build first (`npm test` builds). */
export const cliBin = fileURLToPath(new URL('../../../apps/cli/bin/switchboard.js', import.meta.url));

export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  /** The exit code: 0 on success. */
  readonly code: number;
}

export interface RunCliOptions {
  /** Default: the current folder. */
  readonly cwd?: string;
  /** Added to the process environment (and NO_COLOR=1); an undefined value removes a variable. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A non-zero exit is a result, not an error: the test reads `code` and `stderr`. */
export async function runCli(args: readonly string[], options: RunCliOptions = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [cliBin, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; code?: number };
    // No output at all: the process never ran (a missing node binary, a bad cwd), which is the test's own fault.
    if (failed.stdout === undefined) throw error;
    return { stdout: failed.stdout, stderr: failed.stderr ?? '', code: failed.code ?? 1 };
  }
}
