/** What a file-format reader produces: Markdown parts plus the document's metadata. */

export interface ParsedPart {
  /** Markdown text; tables as pipe tables, code as fenced blocks. */
  readonly markdown: string;
  /** Page number for paginated formats, else null. */
  readonly page: number | null;
}

export interface ParsedDocument {
  readonly title: string;
  readonly parts: readonly ParsedPart[];
  readonly url: string | null;
  readonly updatedAt: string | null;
  readonly tags: readonly string[];
  readonly audience: string | null;
  readonly docType: string | null;
}

/** A reader for one family of file formats. */
export interface DocumentReader {
  /** Source type recorded on documents, e.g. 'markdown'. */
  readonly sourceType: string;
  /** Lower-case file extensions with the dot, e.g. ['.md']. */
  readonly extensions: readonly string[];
  /** Parses a file; throws INGEST_FILE_INVALID naming the file, line or field. */
  read(file: { readonly path: string; readonly bytes: Uint8Array }): ParsedDocument;
}
