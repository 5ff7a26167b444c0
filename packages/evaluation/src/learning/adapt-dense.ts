/** Fits the dense domain-adaptation map on resolved (question, article) pairs, with lexical hard negatives. */
import { seededRandom } from '@switchboard/core/intent';
import { trainLinearMap, type ContrastivePair, type HybridRetriever } from '@switchboard/core/retrieval';
import { analyze } from '@switchboard/core/text';
import type { ResolvedQuestionRow } from './read-resolved-questions.js';

export async function adaptDense(retriever: HybridRetriever, rows: readonly ResolvedQuestionRow[]): Promise<boolean> {
  const dense = retriever.dense;
  if (!dense || rows.length < 8) return false;
  const relevant = new Map<string, Set<string>>();
  for (const row of rows) relevant.set(row.question, (relevant.get(row.question) ?? new Set()).add(row.documentId));
  const questionVectors = await dense.embedder.embed(rows.map((row) => row.question));
  const vectorOfDocument = (documentId: string): Float32Array | null => {
    const chunk = retriever.lexical.firstChunkOf(documentId);
    const raw = chunk ? dense.rawVector(chunk.id) : undefined;
    return raw ? dense.removeCommon(raw) : null;
  };
  const pairs: ContrastivePair[] = [];
  rows.forEach((row, i) => {
    const positive = vectorOfDocument(row.documentId);
    if (!positive) return;
    const hardNegatives = retriever.lexical
      .findChunksByTerms(analyze(row.question), 6, 'document')
      .filter((hit) => !relevant.get(row.question)!.has(hit.chunk.documentId))
      .slice(0, 3)
      .map((hit) => vectorOfDocument(hit.chunk.documentId))
      .filter((vector): vector is Float32Array => vector !== null);
    pairs.push({ query: dense.removeCommon(questionVectors[i]!), positive, hardNegatives });
  });
  dense.setLinearMap(trainLinearMap(pairs, dense.embedder.dimensions, { random: seededRandom(17) }));
  return true;
}
