/** Prices a model call from its token usage and a per-model table of prices per thousand tokens. */
import type { TokenUsage } from '@switchboard/spec';

export interface ModelPrice {
  readonly inputPer1k: number;
  readonly outputPer1k: number;
}

/** Keyed by model id ('openai-compatible:llama3.1'); a model missing from the table costs nothing (self-hosted). */
export type PriceTable = Readonly<Record<string, ModelPrice>>;

export function requestCost(modelId: string, usage: TokenUsage, prices: PriceTable): number {
  const price = prices[modelId];
  if (!price) return 0;
  return (usage.inputTokens / 1000) * price.inputPer1k + (usage.outputTokens / 1000) * price.outputPer1k;
}
