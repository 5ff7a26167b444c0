/** The safety stage: the message's sentence embedding when the filter can use one, then the filter's decision. */
import type { Embedder } from '@switchboard/spec';
import { embedForSafety } from '../safety/embed-for-safety.js';
import type { SafetyCheck, SafetyFilter } from '../safety/safety-filter.js';

export interface SafetyStageResult {
  readonly check: SafetyCheck;
  /** 'used', or why the filter scored n-grams alone (for the trace). */
  readonly embedding: string;
}

export async function checkSafety(
  filter: SafetyFilter,
  embedder: Embedder | null | undefined,
  text: string,
  signal?: AbortSignal,
): Promise<SafetyStageResult> {
  if (!filter.embedderId) return { check: filter.check(text), embedding: 'filter has no embedding model' };
  if (embedder && embedder.id !== filter.embedderId)
    return { check: filter.check(text), embedding: `embedder ${embedder.id} is not the model's ${filter.embedderId}` };
  // A rule decides before any model does: then the message need not be embedded at all (and a mandatory handoff
  // found by a rule never waits for the encoder, nor for its first load).
  const byRules = filter.check(text);
  if (byRules.model === null) return { check: byRules, embedding: 'not needed: a rule decided' };
  const embedded = await embedForSafety(embedder, text, signal);
  return embedded.embedding
    ? { check: filter.check(text, { embedding: embedded.embedding }), embedding: 'used' }
    : { check: byRules, embedding: embedded.reason };
}
