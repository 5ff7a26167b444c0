/** One retrieval result at the level answers use: the answering unit, the chunk that matched and its scores. */
import type { ChunkWithDocument } from '@switchboard/spec';

/** One retrieval result at the level answers use. */
export interface RetrievedChunk {
  /** The answering unit: the section chunk (a paragraph hit is expanded to its parent). */
  readonly chunk: ChunkWithDocument;
  /** The chunk that matched best: a paragraph child or the section itself. */
  readonly matchedChunkId: string;
  readonly score: number;
  readonly fieldScores: Readonly<Record<string, number>>;
  /** Scores of each retrieval signal (lexical, dense, history, fused, rerank) when more than one ran. */
  readonly signals?: Readonly<Record<string, number>>;
}
