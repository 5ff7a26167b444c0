/**
 * Retrieval for an answer. A question that asks two things ("How do I cancel and get a refund?") is also searched
 * part by part, so the second part's article is among the hits even when the first part's article fills the top
 * ranks; its sections follow the whole question's hits, for the composer's second part to find.
 */
import { questionType } from '../answer/question-type.js';
import { analyze } from '../text/analyze.js';
import type { RetrieveRequest } from './hybrid-retriever.js';
import type { RetrievedChunk } from '../ranking/retrieved-chunk.js';

export interface PartRetriever {
  retrieve(request: RetrieveRequest): Promise<RetrievedChunk[]>;
}

// The question's opening ("How do I", "Can I"), which a later part shares: "… and get a refund" asks how to get one.
const opening =
  /^(?:how|what|where|when|why|which|who|can|could|do|does|is|are|should|will)\b(?:\s+(?:do|does|can|could|should|would|will|i|we|you))*\s+/i;

/** The parts of a two-part question, each with words of its own and the question's opening; else the question. */
export function questionParts(question: string): string[] {
  if (!questionType(question).compound) return [question];
  const lead = opening.exec(question)?.[0] ?? '';
  const parts = question
    .split(/\s+(?:and|&)\s+/i)
    .filter((part) => analyze(part).length > 0)
    .map((part, i) => (i === 0 || opening.test(part) ? part : `${lead}${part}`));
  return parts.length > 1 ? parts : [question];
}

export async function retrieveQuestionParts(retriever: PartRetriever, request: RetrieveRequest): Promise<RetrievedChunk[]> {
  const hits = await retriever.retrieve(request);
  const parts = questionParts(request.query);
  if (parts.length === 1) return hits;
  const seen = new Set(hits.map((hit) => hit.chunk.id));
  for (const part of parts) {
    for (const hit of await retriever.retrieve({ ...request, query: part })) {
      if (seen.has(hit.chunk.id)) continue;
      seen.add(hit.chunk.id);
      hits.push(hit);
    }
  }
  return hits;
}
