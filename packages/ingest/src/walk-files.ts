/** Lists the files under a path (a file or a folder), skipping hidden entries and node_modules. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SwitchboardError } from '@switchboard/spec';

export function walkFiles(root: string): string[] {
  let stats;
  try {
    stats = statSync(root);
  } catch (error) {
    throw new SwitchboardError('INGEST_PATH_NOT_FOUND', `${root}: no such file or folder`, { cause: error, details: { file: root } });
  }
  if (stats.isFile()) return [root];
  const files: string[] = [];
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  visit(root);
  return files;
}
