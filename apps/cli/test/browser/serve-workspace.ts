/** Runs `switchboard serve` on a workspace in a child process, as a user would, and stops it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cliBin } from '@switchboard/testkit';

export interface ServedWorkspace {
  readonly url: string;
  /** Everything the server wrote to stdout and stderr so far (start-up warnings included). */
  output(): string;
  stop(): Promise<void>;
}

export async function serveWorkspace(dir: string, env: Readonly<Record<string, string>> = {}): Promise<ServedWorkspace> {
  const child: ChildProcess = spawn(process.execPath, [cliBin, '-w', dir, 'serve', '--port', '0', '--log-level', 'warn'], {
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(output);
      if (found) resolve(found[1]!);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`switchboard serve exited with ${code}:\n${output}`)));
  });
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
