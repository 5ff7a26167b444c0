/** The in-process lexical index over stored chunks: BM25F over title, headings, body and tags. */
import type { ChunkWithDocument } from '@switchboard/spec';
import { Bm25fIndex } from '../ranking/bm25f.js';
import type { RetrievedChunk } from '../ranking/retrieved-chunk.js';
import { analyze, words } from '../text/analyze.js';
import { entityTagPrefix } from '../rewrite/entity-gazetteer.js';

export interface FieldWeights {
  readonly title: number;
  readonly headings: number;
  readonly body: number;
  readonly tags: number;
  /** Weight of the "asked as" field built from historical questions. */
  readonly askedAs?: number;
}

export interface KnowledgeIndexOptions {
  readonly k1: number;
  readonly b: number;
  readonly fieldWeights: FieldWeights;
}

/** A raw hit on one chunk, before grouping into answering units. */
export interface ChunkHit {
  readonly id: string;
  readonly score: number;
  readonly fieldScores?: Readonly<Record<string, number>>;
}

/** 'section' expands paragraph hits to their parent; 'document' keeps the best chunk per document. */
export type RetrievalUnit = 'section' | 'document';

export class KnowledgeIndex {
  private readonly bm25f: Bm25fIndex;
  private readonly chunks = new Map<string, ChunkWithDocument>();
  private readonly chunkIdsByDocument = new Map<string, string[]>();
  /** Surface words of the corpus with their counts, for spelling correction. */
  readonly vocabulary = new Map<string, number>();
  /** Past customer questions that an article resolved: its "asked as" field. */
  private readonly history = new Map<string, string[]>();

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
        askedAs: { weight: fieldWeights.askedAs ?? 1.5, b: 0.3 },
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
      if (chunk.parentId === null)
        for (const word of words(`${chunk.document.title} ${chunk.text}`)) this.vocabulary.set(word, (this.vocabulary.get(word) ?? 0) + 1);
      this.bm25f.add(chunk.id, {
        title: analyze(chunk.document.title),
        headings: analyze(chunk.sectionPath.slice(1).join(' ')),
        body: analyze(chunk.text),
        tags: analyze(chunk.document.tags.join(' ')),
        askedAs: chunk.parentId === null ? analyze((this.history.get(chunk.documentId) ?? []).join(' ')) : [],
      });
    }
  }

  /** Records questions a document answered; its chunks are re-indexed with the new "asked as" field. */
  addHistory(documentId: string, questions: readonly string[]): void {
    this.history.set(documentId, [...(this.history.get(documentId) ?? []), ...questions]);
    const chunks = (this.chunkIdsByDocument.get(documentId) ?? []).map((id) => this.chunks.get(id)!);
    if (chunks.length === 0) return;
    this.removeDocument(documentId, { keepHistory: true });
    this.addChunks(chunks);
  }

  /** The document's first chunk in source order (its lead section). */
  firstChunkOf(documentId: string): ChunkWithDocument | undefined {
    const ids = this.chunkIdsByDocument.get(documentId);
    if (!ids) return undefined;
    let first: ChunkWithDocument | undefined;
    for (const id of ids) {
      const chunk = this.chunks.get(id)!;
      if (chunk.parentId === null && (!first || chunk.ordinal < first.ordinal)) first = chunk;
    }
    return first;
  }

  /** Names of the entities documents are tagged with (`entity:<name>`). */
  entities(): Set<string> {
    const names = new Set<string>();
    for (const chunk of this.chunks.values()) {
      for (const tag of chunk.document.tags) if (tag.startsWith(entityTagPrefix)) names.add(tag.slice(entityTagPrefix.length));
    }
    return names;
  }

  historyOf(documentId: string): readonly string[] {
    return this.history.get(documentId) ?? [];
  }

  get documentIds(): IterableIterator<string> {
    return this.chunkIdsByDocument.keys();
  }

  /** Every indexed chunk. */
  allChunks(): IterableIterator<ChunkWithDocument> {
    return this.chunks.values();
  }

  removeDocument(documentId: string, options: { keepHistory?: boolean } = {}): void {
    if (!options.keepHistory) this.history.delete(documentId);
    for (const id of this.chunkIdsByDocument.get(documentId) ?? []) {
      this.bm25f.remove(id);
      this.chunks.delete(id);
    }
    this.chunkIdsByDocument.delete(documentId);
  }

  /** True when an analysed term occurs in the indexed knowledge. */
  knowsTerm(term: string): boolean {
    return this.bm25f.hasTerm(term);
  }

  /** Inverse document frequency of an analysed term (high for unseen terms). */
  idf(term: string): number {
    return this.bm25f.idf(term);
  }

  getChunk(id: string): ChunkWithDocument | undefined {
    return this.chunks.get(id);
  }

  /** Ranks answering units for a query. */
  findChunks(query: string, limit: number, unit: RetrievalUnit = 'section'): RetrievedChunk[] {
    return this.findChunksByTerms(analyze(query), limit, unit);
  }

  /** Ranks answering units for already-analysed query terms. */
  findChunksByTerms(
    terms: readonly string[],
    limit: number,
    unit: RetrievalUnit = 'section',
    accept?: (chunk: ChunkWithDocument) => boolean,
  ): RetrievedChunk[] {
    const filter = accept ? (id: string) => accept(this.chunks.get(id)!) : undefined;
    return this.groupHits(this.bm25f.rankTerms(terms, limit * 4 + 20, filter), limit, unit);
  }

  /** Groups raw chunk hits (best first) into answering units, keeping each unit's best hit. */
  groupHits(raw: readonly ChunkHit[], limit: number, unit: RetrievalUnit): RetrievedChunk[] {
    const best = new Map<string, RetrievedChunk>();
    for (const hit of raw) {
      const matched = this.chunks.get(hit.id);
      if (!matched) continue;
      const groupKey = unit === 'document' ? matched.documentId : (matched.parentId ?? matched.id);
      if (best.has(groupKey)) continue; // hits arrive best first
      const answering = unit === 'section' && matched.parentId ? (this.chunks.get(matched.parentId) ?? matched) : matched;
      best.set(groupKey, { chunk: answering, matchedChunkId: matched.id, score: hit.score, fieldScores: hit.fieldScores ?? {} });
    }
    return [...best.values()].slice(0, limit);
  }
}
