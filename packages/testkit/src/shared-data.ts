/** Where the shared evaluation datasets live, for tests that measure on them and are skipped on a bare clone. */
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The words a skipped dataset test's name carries, so a run without the data says why it skipped. */
export const needsSharedData = 'needs ../shared/data';

/**
 * The shared data folder, ending in a separator: `SWITCHBOARD_SHARED_DATA` when set (a run can point it at a missing
 * folder to see what a clone without `../shared` does), otherwise `../shared/data` beside the repository.
 */
export function sharedDataDir(): string {
  const override = process.env['SWITCHBOARD_SHARED_DATA'];
  const dir = override ? resolve(override) : fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
  return dir.endsWith(sep) ? dir : `${dir}${sep}`;
}

/** True when every path given (relative to sharedDataDir()) exists, or, with none given, the folder itself. */
export function hasSharedData(...paths: readonly string[]): boolean {
  const dir = sharedDataDir();
  return existsSync(dir) && paths.every((path) => existsSync(join(dir, path)));
}
