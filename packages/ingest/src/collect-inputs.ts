/** Pairs walked files with their readers; a folder holding a reader's marker file (a Slack export) becomes one input. */
import { basename, dirname, extname, sep } from 'node:path';
import type { DocumentReader } from './parsed-document.js';

export interface IngestInput {
  /** The file to read: the file itself, or the marker file of a folder layout. */
  readonly file: string;
  /** The folder read as one input, when the reader reads a folder layout. */
  readonly folder: string | null;
  readonly reader: DocumentReader;
}

export interface CollectedInputs {
  readonly inputs: readonly IngestInput[];
  /** Files no reader handles. */
  readonly unsupported: readonly string[];
}

export function collectInputs(files: readonly string[], readers: readonly DocumentReader[]): CollectedInputs {
  const folders: IngestInput[] = [];
  for (const file of files) {
    const reader = readers.find((r) => r.folderMarker !== undefined && r.folderMarker === basename(file));
    if (reader) folders.push({ file, folder: dirname(file), reader });
  }
  const insideFolder = (file: string): boolean => folders.some((input) => file.startsWith(`${input.folder}${sep}`));
  const inputs: IngestInput[] = [];
  const unsupported: string[] = [];
  for (const file of files) {
    const bundle = folders.find((input) => input.file === file);
    if (bundle) {
      inputs.push(bundle);
      continue;
    }
    if (insideFolder(file)) continue;
    const reader = readers.find((r) => r.extensions.includes(extname(file).toLowerCase()));
    if (reader) inputs.push({ file, folder: null, reader });
    else unsupported.push(file);
  }
  return { inputs, unsupported };
}
