/** The answer pipeline the HTTP tests run on: one refunds article, no embedder, the composer's test settings. */
import { createAnswerPipeline, type AnswerPipeline, type AnswerPipelineDependencies } from '@switchboard/core/pipeline';
import { HybridRetriever, KnowledgeIndex } from '@switchboard/core/retrieval';
import { shippedAnswerModels } from '@switchboard/models';
import { makeChunk, makeDocument } from '@switchboard/testkit';

export interface OneArticleOptions extends Partial<Omit<AnswerPipelineDependencies, 'retriever' | 'topK' | 'composer' | 'newId'>> {
  /** Each test file counts its own ids. */
  readonly newId: AnswerPipelineDependencies['newId'];
  readonly title?: string;
  readonly text?: string;
}

export function oneArticlePipeline(options: OneArticleOptions): AnswerPipeline {
  const { title = 'Refunds', text = 'Annual plans can be refunded within 30 days.', ...dependencies } = options;
  const index = new KnowledgeIndex({ k1: 1.2, b: 0.6, fieldWeights: { title: 2.5, headings: 1.5, body: 1, tags: 1 } });
  index.addChunks([makeChunk(makeDocument({ id: 'refunds', title }), { text })]);
  return createAnswerPipeline({
    retriever: new HybridRetriever(index, null),
    clock: () => Date.parse('2026-03-01T12:00:00Z'),
    timer: () => performance.now(),
    topK: 5,
    composer: {
      minConfidence: 0.45,
      maxSentences: 3,
      maxChunks: 3,
      handoffQueue: 'Acme Support',
      handoffHours: 'weekdays',
      models: shippedAnswerModels,
    },
    ...dependencies,
  });
}
