/**
 * Hybrid retrieval: BM25F and dense candidates fused (RRF or normalised weighted), with weight shifted to
 * lexical matching when the query carries exact identifiers, then freshness decay, the demotion of stale documents
 * and of sections written for another audience, and an optional reranker.
 */
import type { ChunkWithDocument } from '@switchboard/spec';
import { analyze } from '../text/analyze.js';
import { questionFramingTerms } from '../text/question-framing.js';
import type { DenseIndex } from './dense-index.js';
import type { HistoryIndex } from './history-index.js';
import { detectExactTerms } from '../text/exact-match.js';
import { freshnessFactor, type FreshnessOptions } from './freshness.js';
import { reciprocalRankFusion, weightedFusion, type ScoredId } from './fusion.js';
import type { KnowledgeIndex, RetrievalUnit } from './knowledge-index.js';
import type { Reranker } from '../ranking/reranker.js';
import type { RetrievedChunk } from '../ranking/retrieved-chunk.js';
import { asksAboutAdministration, isAdminAside, type AskerRole } from './section-audience.js';
import { staleMarker } from './stale-marker.js';

/** A document that calls itself old, deprecated, archived or superseded keeps this share of its score. */
const defaultStaleWeight = 0.4;
/**
 * An admin section beside the end-user version of a task (see isAdminAside) keeps half its score for an asker who
 * is not a verified admin and does not ask about administering. Fused scores are normalised to the best match, so
 * the end-user version wins whenever it matches at least half as well ("How do I turn on 2FA?" matches the member
 * steps and the admin switch alike), while the admin section still beats what matches less than half as well.
 * Milder than staleWeight: an admin section is current and true, only written for someone else.
 */
const defaultAdminWeight = 0.5;

export type RetrievalMode = 'lexical' | 'dense' | 'hybrid';

export interface HybridOptions {
  readonly mode: RetrievalMode;
  readonly fusion: 'rrf' | 'weighted';
  /** Weight of the dense list; the lexical list weighs 1. */
  readonly denseWeight: number;
  /** Dense weight is multiplied by this when the query has exact identifiers. */
  readonly exactMatchDenseFactor: number;
  /** Candidates taken from each list before fusion. */
  readonly candidates: number;
  /** Weight of the list of documents whose past questions resemble the query. */
  readonly historyWeight?: number;
  readonly freshness?: FreshnessOptions;
  /** Share of its score a stale document keeps (see staleMarker; default 0.4, 1 turns the demotion off). */
  readonly staleWeight?: number;
  /** Share of its score an admin section keeps when the asker is not a verified admin (default 0.5; 1 turns it off). */
  readonly adminWeight?: number;
}

export const defaultHybridOptions: HybridOptions = {
  mode: 'hybrid',
  fusion: 'weighted',
  denseWeight: 0.2,
  exactMatchDenseFactor: 0.3,
  candidates: 50,
};

export interface RetrieveRequest {
  readonly query: string;
  readonly limit: number;
  readonly unit?: RetrievalUnit;
  readonly mode?: RetrievalMode;
  /** Restricts retrieval to chunks that pass (e.g. one entity's documents). */
  readonly accept?: (chunk: ChunkWithDocument) => boolean;
  /** The asker's verified role (default 'end-user'): sections written for admins are demoted for anyone else. */
  readonly askerRole?: AskerRole;
  readonly signal?: AbortSignal;
}

export class HybridRetriever {
  /**
   * The store's knowledge version the indexed chunks were read at (`KnowledgeStore.knowledgeVersion`), set by whoever
   * built the index from a store, else null. Answers are cached per version.
   */
  knowledgeVersion: number | null = null;

  constructor(
    readonly lexical: KnowledgeIndex,
    readonly dense: DenseIndex | null,
    readonly options: HybridOptions = defaultHybridOptions,
    public reranker: Reranker | null = null,
    public history: HistoryIndex | null = null,
  ) {}

  async retrieve(request: RetrieveRequest): Promise<RetrievedChunk[]> {
    const unit = request.unit ?? 'section';
    const mode = this.dense ? (request.mode ?? this.options.mode) : 'lexical';
    const depth = Math.max(request.limit, this.options.candidates);
    const lexical = mode === 'dense' ? [] : this.lexical.findChunksByTerms(queryTerms(request.query), depth, unit, request.accept);
    let dense: RetrievedChunk[] = [];
    let history: RetrievedChunk[] = [];
    if (mode !== 'lexical' && this.dense) {
      const vector = await this.dense.embedQuery(request.query, request.signal);
      const accept = request.accept ? (id: string) => request.accept!(this.lexical.getChunk(id)!) : undefined;
      dense = this.lexical.groupHits(this.dense.nearest(vector, depth * 3, accept), depth, unit);
      if (this.history && this.history.size > 0) history = this.historyHits(vector, depth, unit, [...lexical, ...dense], request.accept);
    }
    let fused =
      mode === 'lexical'
        ? lexical.map((hit) => withSignals(hit, { lexical: hit.score }))
        : mode === 'dense'
          ? dense.map((hit) => withSignals(hit, { dense: hit.score }))
          : this.fuse(request.query, lexical, dense, history, unit);
    const freshness = this.options.freshness;
    const staleWeight = this.options.staleWeight ?? defaultStaleWeight;
    const adminWeight =
      (request.askerRole ?? 'end-user') === 'end-user' && !asksAboutAdministration(request.query)
        ? (this.options.adminWeight ?? defaultAdminWeight)
        : 1;
    fused = fused
      .map((hit) => {
        const fresh = freshness ? freshnessFactor(hit.chunk.document, freshness) : 1;
        const stale = staleMarker(hit.chunk.document) === null ? 1 : staleWeight;
        const audience = adminWeight !== 1 && isAdminAside(hit.chunk) ? adminWeight : 1;
        const factor = fresh * stale * audience;
        return factor === 1 ? hit : { ...hit, score: hit.score * factor };
      })
      .sort((a, b) => b.score - a.score);
    if (this.reranker) fused = await this.reranker.rerank(request.query, fused.slice(0, depth));
    return fused.slice(0, request.limit);
  }

  /**
   * Documents whose past questions resemble the query, as answering units: the document's best section among
   * the other lists' candidates, else its lead section.
   */
  private historyHits(
    vector: Float32Array,
    depth: number,
    unit: RetrievalUnit,
    candidates: readonly RetrievedChunk[],
    accept?: (chunk: ChunkWithDocument) => boolean,
  ): RetrievedChunk[] {
    const bestSection = new Map<string, ChunkWithDocument>();
    for (const hit of candidates) if (!bestSection.has(hit.chunk.documentId)) bestSection.set(hit.chunk.documentId, hit.chunk);
    const hits: RetrievedChunk[] = [];
    const seen = new Set<string>();
    for (const { documentId, score } of this.history!.similarQuestions(vector, depth)) {
      const chunk = bestSection.get(documentId) ?? this.lexical.firstChunkOf(documentId);
      if (!chunk || (accept && !accept(chunk))) continue;
      const key = unit === 'document' ? documentId : chunk.id;
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({ chunk, matchedChunkId: chunk.id, score, fieldScores: {} });
    }
    return hits;
  }

  private fuse(
    query: string,
    lexical: readonly RetrievedChunk[],
    dense: readonly RetrievedChunk[],
    history: readonly RetrievedChunk[],
    unit: RetrievalUnit,
  ): RetrievedChunk[] {
    const key = (hit: RetrievedChunk): string => (unit === 'document' ? hit.chunk.documentId : hit.chunk.id);
    const byKey = new Map<string, RetrievedChunk>();
    for (const hit of [...history, ...dense, ...lexical]) byKey.set(key(hit), hit); // lexical wins: it carries field scores
    const denseWeight = this.options.denseWeight * (detectExactTerms(query).length > 0 ? this.options.exactMatchDenseFactor : 1);
    const lists: ScoredId[][] = [lexical, dense, history].map((list) => list.map((hit) => ({ id: key(hit), score: hit.score })));
    const weights = [1, denseWeight, this.options.historyWeight ?? 0.2];
    const fused = this.options.fusion === 'rrf' ? reciprocalRankFusion(lists, weights) : weightedFusion(lists, weights);
    const scoreOf = (list: readonly RetrievedChunk[]): Map<string, number> => new Map(list.map((hit) => [key(hit), hit.score]));
    const [lexicalScore, denseScore, historyScore] = [scoreOf(lexical), scoreOf(dense), scoreOf(history)];
    return fused.map((entry) => {
      const hit = byKey.get(entry.id)!;
      const signals = {
        lexical: lexicalScore.get(entry.id) ?? 0,
        dense: denseScore.get(entry.id) ?? 0,
        history: historyScore.get(entry.id) ?? 0,
        fused: entry.score,
      };
      return { ...hit, score: entry.score, signals };
    });
  }
}

function withSignals(hit: RetrievedChunk, signals: Record<string, number>): RetrievedChunk {
  return { ...hit, signals };
}

/** The query's index terms without the words that only frame it ("long" in "how long does …"). */
function queryTerms(query: string): string[] {
  const framing = questionFramingTerms(query);
  return analyze(query).filter((term) => !framing.has(term));
}
