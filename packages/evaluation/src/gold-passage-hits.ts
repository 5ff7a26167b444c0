/** The gold documents of a question as the answerer's only chunks: the "generation with the gold passage injected" stage. */
import type { Judgements } from '@switchboard/core/evaluation';
import type { RetrievedChunk } from '@switchboard/core/ranking';
import type { HybridRetriever } from '@switchboard/core/retrieval';
import type { ChunkWithDocument } from '@switchboard/spec';

/** Section chunks (answering units) by document id. */
export function sectionsByDocument(chunks: readonly ChunkWithDocument[]): Map<string, ChunkWithDocument[]> {
  const sections = new Map<string, ChunkWithDocument[]>();
  for (const chunk of chunks) {
    if (chunk.parentId !== null) continue;
    const list = sections.get(chunk.documentId) ?? [];
    list.push(chunk);
    sections.set(chunk.documentId, list);
  }
  return sections;
}

/**
 * Every section of every relevant gold document, ordered and scored by the retriever restricted to them, so the
 * answerer sees the gold passages the way it would see retrieved ones. Sections the query does not match at all
 * still go in, after the matched ones: the stage measures generation given perfect context, not retrieval.
 */
export async function goldPassageHits(
  query: string,
  judgements: Judgements,
  sections: ReadonlyMap<string, readonly ChunkWithDocument[]>,
  retriever: HybridRetriever,
): Promise<RetrievedChunk[]> {
  const goldIds = new Set([...judgements].filter(([, grade]) => grade > 0).map(([id]) => id));
  const goldSections = [...goldIds].flatMap((id) => sections.get(id) ?? []);
  if (goldSections.length === 0) return [];
  const ranked = await retriever.retrieve({
    query,
    limit: goldSections.length,
    unit: 'section',
    accept: (chunk) => goldIds.has(chunk.documentId),
  });
  const seen = new Set(ranked.map((hit) => hit.chunk.id));
  const floor = ranked.length === 0 ? 1 : Math.min(...ranked.map((hit) => hit.score)) / 2;
  const unmatched = goldSections
    .filter((chunk) => !seen.has(chunk.id))
    .map((chunk) => ({ chunk, matchedChunkId: chunk.id, score: floor, fieldScores: {} }));
  return [...ranked, ...unmatched];
}
