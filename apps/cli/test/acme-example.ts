/** The Acme help-center example, copied for a test that changes it: its files without data/ (store, models, runs). */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const acmeExample = fileURLToPath(new URL('../../../examples/acme-help-center', import.meta.url));

/** A new temporary folder named with `prefix`, holding the example without its data/ (made by hand runs there). */
export function copyAcmeExample(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(acmeExample, dir, { recursive: true, filter: (source) => !source.startsWith(join(acmeExample, 'data')) });
  return dir;
}
