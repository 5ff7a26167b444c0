/** The in-process lexical index over stored chunks: BM25F over title, headings, body and tags. */
import type { ChunkWithDocument } from '@switchboard/spec';
import { Bm25fIndex } from '../ranking/bm25f.js';
import { analyze } from '../text/analyze.js';

export interface FieldWeights {
  readonly title: number;
  readonly headings: number;
  readonly body: number;
  readonly tags: number;
}

export interface KnowledgeIndexOptions {
  readonly k1: number;
  readonly b: number;
  readonly fieldWeights: FieldWeights;
}

/** One retrieval result at the level answers use. */
export interface RetrievedChunk {
  /** The answering unit: the section chunk (a paragraph hit is expanded to its parent). */
  readonly chunk: ChunkWithDocument;
  /** The chunk that matched best: a paragraph child or the section itself. */
  readonly matchedChunkId: string;
  readonly score: number;
  readonly fieldScores: Readonly<Record<string, number>>;
}

/** 'section' expands paragraph hits to their parent; 'document' keeps the best chunk per document. */
export type RetrievalUnit = 'section' | 'document';

export class KnowledgeIndex {
  private readonly bm25f: Bm25fIndex;
  private readonly chunks = new Map<string, ChunkWithDocument>();
  private readonly chunkIdsByDocument = new Map<string, string[]>();

  constructor(options: KnowledgeIndexOptions) {
    const { fieldWeights, b, k1 } = options;
    // Titles and headings are short: full length normalisation would over-reward one-word titles.
    this.bm25f = new Bm25fIndex({
      k1,
      fields: {
        title: { weight: fieldWeights.title, b: b / 2 },
        headings: { weight: fieldWeights.headings, b: b / 2 },
        body: { weight: fieldWeights.body, b },
        tags: { weight: fieldWeights.tags, b: 0 },
      },
    });
  }

  get size(): number {
    return this.bm25f.size;
  }

  /** Adds chunks; a document's old chunks should be removed first with removeDocument. */
  addChunks(chunks: readonly ChunkWithDocument[]): void {
    for (const chunk of chunks) {
      this.chunks.set(chunk.id, chunk);
      const ids = this.chunkIdsByDocument.get(chunk.documentId) ?? [];
      ids.push(chunk.id);
      this.chunkIdsByDocument.set(chunk.documentId, ids);
      this.bm25f.add(chunk.id, {
        title: analyze(chunk.document.title),
        headings: analyze(chunk.sectionPath.slice(1).join(' ')),
        body: analyze(chunk.text),
        tags: analyze(chunk.document.tags.join(' ')),
      });
    }
  }

  removeDocument(documentId: string): void {
    for (const id of this.chunkIdsByDocument.get(documentId) ?? []) {
      this.bm25f.remove(id);
      this.chunks.delete(id);
    }
    this.chunkIdsByDocument.delete(documentId);
  }

  /** Inverse document frequency of an analysed term (high for unseen terms). */
  idf(term: string): number {
    return this.bm25f.idf(term);
  }

  getChunk(id: string): ChunkWithDocument | undefined {
    return this.chunks.get(id);
  }

  /** Ranks answering units for a query. */
  search(query: string, limit: number, unit: RetrievalUnit = 'section'): RetrievedChunk[] {
    return this.searchTerms(analyze(query), limit, unit);
  }

  /** Ranks answering units for already-analysed query terms. */
  searchTerms(terms: readonly string[], limit: number, unit: RetrievalUnit = 'section'): RetrievedChunk[] {
    const raw = this.bm25f.search(terms, limit * 4 + 20);
    const best = new Map<string, RetrievedChunk>();
    for (const hit of raw) {
      const matched = this.chunks.get(hit.id);
      if (!matched) continue;
      const groupKey = unit === 'document' ? matched.documentId : (matched.parentId ?? matched.id);
      if (best.has(groupKey)) continue; // hits arrive best first
      const answering = unit === 'section' && matched.parentId ? (this.chunks.get(matched.parentId) ?? matched) : matched;
      best.set(groupKey, { chunk: answering, matchedChunkId: matched.id, score: hit.score, fieldScores: hit.fieldScores });
    }
    return [...best.values()].slice(0, limit);
  }
}
