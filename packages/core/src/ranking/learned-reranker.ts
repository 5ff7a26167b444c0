/** The Reranker backed by a trained linear model; a model with other features is refused, never misread. */
import { SwitchboardError } from '@switchboard/spec';
import type { Reranker } from './reranker.js';
import type { RetrievedChunk } from './retrieved-chunk.js';
import { rerankFeatureNames, rerankFeatures, type FeatureContext } from './rerank-features.js';
import { scoreLinear, type LinearRankerModel } from './linear-ranker.js';

export function createLearnedReranker(model: LinearRankerModel, context: FeatureContext = {}): Reranker {
  if (model.formatVersion !== 1 || model.featureNames.join(',') !== rerankFeatureNames.join(',')) {
    throw new SwitchboardError(
      'VALIDATION_FAILED',
      'the ranker model was trained with other features; retrain it with `switchboard train ranker`',
    );
  }
  return {
    async rerank(query: string, candidates: readonly RetrievedChunk[]): Promise<RetrievedChunk[]> {
      const rows = rerankFeatures(query, candidates, context);
      return candidates
        .map((hit, i) => ({ hit, score: scoreLinear(model, rows[i]!) }))
        .sort((a, b) => b.score - a.score)
        .map(({ hit, score }) => ({ ...hit, score, signals: { ...(hit.signals ?? {}), rerank: score } }));
    },
  };
}
