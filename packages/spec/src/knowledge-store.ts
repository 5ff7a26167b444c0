/** The repository of sources, documents and chunks. */
import type { Chunk, ChunkWithDocument, KnowledgeDocument, Source } from './knowledge.js';

/** What `replaceDocument` writes: a document and all of its chunks, atomically. */
export interface DocumentWrite {
  readonly document: KnowledgeDocument;
  readonly chunks: readonly Chunk[];
}

/** Counts for `switchboard sources` and health checks. */
export interface SourceStats extends Source {
  readonly documents: number;
  readonly chunks: number;
}

/** A document with the number of chunks stored for it, for the console's document list. */
export interface DocumentStats extends KnowledgeDocument {
  readonly chunks: number;
}

/**
 * Stores knowledge. Implementations: store-sqlite (embedded), store-postgres (scale-out).
 * Every write is atomic: a reader never sees a document with half of its chunks.
 */
export interface KnowledgeStore {
  /** Creates the source or updates its type. */
  upsertSource(name: string, type: string): Promise<void>;
  /** Records a completed sync of the source at `at` (ISO time). */
  markSourceSynced(name: string, at: string): Promise<void>;
  /** All sources with document and chunk counts. */
  listSources(): Promise<SourceStats[]>;
  /** Replaces a document (same source and path) and its chunks in one transaction. */
  replaceDocument(write: DocumentWrite): Promise<void>;
  /** Removes a document and its chunks; false when it did not exist. */
  removeDocument(documentId: string): Promise<boolean>;
  /** Documents of one source, or of all sources. */
  listDocuments(sourceName?: string): Promise<KnowledgeDocument[]>;
  /** `listDocuments` with each document's chunk count, counted by the store rather than by reading every chunk. */
  listDocumentStats(sourceName?: string): Promise<DocumentStats[]>;
  /** The document at a path within a source, or null. */
  findDocument(sourceName: string, path: string): Promise<KnowledgeDocument | null>;
  /** Every chunk with its document, for building the in-process index. */
  listChunks(): Promise<ChunkWithDocument[]>;
  /**
   * The knowledge's version: a counter that grows with every document written or removed, by any process sharing
   * the store. Equal versions mean the same documents and chunks, so an index built at one version is current while
   * the store reports it (read the version before the chunks, so an index is never labelled newer than its content).
   */
  knowledgeVersion(): Promise<number>;
  /** Chunks of one document in source order. */
  listDocumentChunks(documentId: string): Promise<ChunkWithDocument[]>;
  /** The chunks with these ids; unknown ids are left out. */
  getChunks(ids: readonly string[]): Promise<ChunkWithDocument[]>;
}
