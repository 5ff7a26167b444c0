/** Domain types of the knowledge base: sources, documents and the chunks retrieval works on. */

/** A named place knowledge comes from (a folder, a Zendesk help center, a Slack export). */
export interface Source {
  /** Stable name from config, e.g. 'help-center'. */
  readonly name: string;
  /** Connector type, e.g. 'folder'. */
  readonly type: string;
  /** ISO time of the last completed ingest or sync, null before the first. */
  readonly lastSyncedAt: string | null;
}

/** Metadata every document carries and every chunk inherits. */
export interface DocumentMetadata {
  /** Source format: 'markdown', 'html', 'beir', … */
  readonly sourceType: string;
  /** Path relative to the source root, or a URL for remote sources. */
  readonly path: string;
  /** Public URL to cite, when the document has one. */
  readonly url: string | null;
  readonly title: string;
  /** ISO date the content was last changed according to the source, if known. */
  readonly updatedAt: string | null;
  readonly tags: readonly string[];
  /** Who the document is for: 'all', 'admin', 'developer', 'enterprise', … */
  readonly audience: string | null;
  /** Content type for freshness rules: 'policy', 'how-to', 'evergreen', … */
  readonly docType: string | null;
  /**
   * The document that replaces this one, as the source names it (front matter `superseded_by`, e.g.
   * 'kb/billing/refunds.md'); absent or null for a current document. A superseded document loses to current ones.
   */
  readonly supersededBy?: string | null;
  /**
   * Articles an agent linked to answer this document's question (a resolved Zendesk ticket's help-center links);
   * retrieval learns each question as a past question of the linked article. Absent when there are none.
   */
  readonly linkedArticles?: readonly LinkedArticle[];
}

/** A customer question an agent answered by linking an article. */
export interface LinkedArticle {
  /** The customer's question (a ticket's subject or first line, personal data redacted). */
  readonly question: string;
  /** The article's URL as the agent linked it; matched to the stored document with that URL. */
  readonly url: string;
}

/** A stored document: one file, article or page. */
export interface KnowledgeDocument extends DocumentMetadata {
  readonly id: string;
  readonly sourceName: string;
  /** sha256 of the raw bytes; unchanged documents are skipped on re-ingest. */
  readonly contentHash: string;
  readonly ingestedAt: string;
}

/** Section chunks answer; paragraph chunks match precisely and expand to their parent section. */
export type ChunkKind = 'section' | 'paragraph';

/** The unit of retrieval. */
export interface Chunk {
  readonly id: string;
  readonly documentId: string;
  /** For paragraph chunks, the id of the section chunk they belong to. */
  readonly parentId: string | null;
  readonly kind: ChunkKind;
  /** Position within the document; orders chunks in source order. */
  readonly ordinal: number;
  /** "Document > Section > Subsection". */
  readonly breadcrumb: string;
  /** Headings from the document title down to this chunk's section. */
  readonly sectionPath: readonly string[];
  /** Plain text with Markdown tables and code blocks kept intact. */
  readonly text: string;
  readonly tokenCount: number;
  /** Page number for paginated sources (PDF), else null. */
  readonly page: number | null;
}

/** A chunk joined with the metadata of its document, as retrieval and answers see it. */
export interface ChunkWithDocument extends Chunk {
  readonly document: KnowledgeDocument;
}

/** A chunk produced by a chunker, before it gets ids. */
export interface ChunkDraft {
  readonly key: string;
  readonly parentKey: string | null;
  readonly kind: ChunkKind;
  readonly ordinal: number;
  readonly breadcrumb: string;
  readonly sectionPath: readonly string[];
  readonly text: string;
  readonly tokenCount: number;
  readonly page: number | null;
}
