/**
 * Empty documents: a file that is empty or whitespace only (after a UTF-8 byte-order mark), or a document that
 * yields no text to index, is reported as a warning naming it and counted as skipped, never stored.
 */

const whitespaceBytes = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);

/** True when the bytes hold nothing but an optional UTF-8 byte-order mark and ASCII whitespace. */
export function isBlank(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i += 1) if (!whitespaceBytes.has(bytes[i]!)) return false;
  return true;
}

/** The warning for an empty or whitespace-only file. */
export function blankFileWarning(path: string): string {
  return `${path}: the file is empty or whitespace only; not stored`;
}

/** The warning for a document that parses to no text; `path` is the file, or `<file>#<key>` for an entry of an export. */
export function emptyDocumentWarning(path: string): string {
  return `${path}: no text to index (nothing but a title or markup); not stored`;
}

/** The warning for an export (JSON file or Slack folder) that holds no documents, e.g. `{"tickets": []}`. */
export function emptyExportWarning(path: string): string {
  return `${path}: the export holds no documents to index; nothing stored`;
}
