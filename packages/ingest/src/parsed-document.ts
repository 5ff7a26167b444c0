/** What a file-format reader produces: Markdown parts plus the document's metadata. */
import type { LinkedArticle } from '@switchboard/spec';
import type { TicketOutcome } from '@switchboard/core/outcomes';

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
  /** The document that replaces this one (front matter `superseded_by`), when the source says so. */
  readonly supersededBy?: string | null;
  /** Articles an agent linked to answer the document's question (a resolved ticket); stored for retrieval's history. */
  readonly linkedArticles?: readonly LinkedArticle[];
  /** Problems that did not stop the read, e.g. a PDF page with no text; each names the file. */
  readonly warnings?: readonly string[];
  /** Format-specific facts for other consumers (e.g. help-center links cited by a ticket's answer). */
  readonly metadata?: Readonly<Record<string, unknown>>;
}

/** The input handed to a reader. */
export interface ReaderInput {
  /** The path stored on documents (relative to the ingest base folder). */
  readonly path: string;
  readonly bytes: Uint8Array;
  /** Where the file is on disk, for readers of folder layouts (a Slack export) and lazy loaders. */
  readonly absolutePath?: string;
}

/** One of several documents read from one file (an export holding many articles). */
export interface ParsedEntry {
  /** Stable within the file; the document is stored at `<file path>#<key>`. */
  readonly key: string;
  readonly document: ParsedDocument;
  /** Overrides the reader's sourceType for this document. */
  readonly sourceType?: string;
}

/** A reader for one family of file formats. */
export interface DocumentReader {
  /** Source type recorded on documents, e.g. 'markdown'. */
  readonly sourceType: string;
  /** Lower-case file extensions with the dot, e.g. ['.md']. */
  readonly extensions: readonly string[];
  /** Files larger than this many bytes are refused before being read into memory. */
  readonly maxBytes?: number;
  /**
   * A file name that marks a folder layout (e.g. 'channels.json' for a Slack export): every file under a
   * folder holding it belongs to one input, read by `readMany` with `absolutePath` set to the marker file.
   */
  readonly folderMarker?: string;
  /** Parses a file; throws INGEST_FILE_INVALID naming the file, line or field. */
  read(file: ReaderInput): ParsedDocument | Promise<ParsedDocument>;
  /** For files holding many documents; when present, ingestion calls it instead of `read`. */
  readMany?(file: ReaderInput): readonly ParsedEntry[] | Promise<readonly ParsedEntry[]>;
  /**
   * Outcome evidence the file holds besides documents (Zendesk tickets that link a conversation), read when the
   * ingest has somewhere to record it (`IngestOptions.recordOutcomes`).
   */
  readOutcomes?(file: ReaderInput): readonly TicketOutcome[];
}
