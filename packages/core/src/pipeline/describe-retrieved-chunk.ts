/** One retrieval hit as the trace's retrieve stage and the console's search playground show it: why it ranks where it does. */
import type { RetrievedChunk } from '../ranking/retrieved-chunk.js';
import { sectionAudience } from '../retrieval/section-audience.js';
import { round } from './stage-recorder.js';

export function describeRetrievedChunk(hit: RetrievedChunk) {
  return {
    chunkId: hit.chunk.id,
    matchedChunkId: hit.matchedChunkId,
    title: hit.chunk.document.title,
    breadcrumb: hit.chunk.breadcrumb,
    path: hit.chunk.document.path,
    audience: sectionAudience(hit.chunk),
    score: round(hit.score),
    fieldScores: Object.fromEntries(Object.entries(hit.fieldScores).map(([field, score]) => [field, round(score)])),
    signals: hit.signals ? Object.fromEntries(Object.entries(hit.signals).map(([name, score]) => [name, round(score)])) : undefined,
  };
}
