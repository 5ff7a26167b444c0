import { describe, expect, it } from 'vitest';
import type { Embedder } from '@switchboard/spec';
import { isSwitchboardError } from '@switchboard/spec';
import { shippedSafetyModels } from '@switchboard/models';
import { recordingEmbedder } from '@switchboard/testkit';
import { checkSafety } from '../pipeline/check-safety.js';
import { loadShippedSafetyEmbeddingModel } from './default-safety-filter.js';
import { defaultSafetyActions } from './safety-categories.js';
import { createSafetyFilter } from './safety-filter.js';
import { loadSafetyModel } from './safety-model.js';
import { serializeSafetyModel, toSafetyModel, trainSafetyModel } from './train-safety-model.js';

const unit = (...values: number[]): Float32Array => {
  const norm = Math.hypot(...values);
  return Float32Array.from(values, (value) => value / norm);
};
// The texts are alike; only the embedding tells the classes apart, so a model that ignored it could not pass.
const abusive = unit(1, 0, 0);
const explicit = unit(0, 1, 0);
const benign = unit(0, 0, 1);
const examples = [
  ...['message one', 'message two', 'message three'].map((text) => ({ text, category: 'harassment', embedding: abusive })),
  ...['message four', 'message five', 'message six'].map((text) => ({ text, category: 'sexual', embedding: explicit })),
  ...['message seven', 'message eight', 'message nine', 'message ten'].map((text) => ({ text, category: null, embedding: benign })),
];
const trained = trainSafetyModel(examples, {
  random: () => 0.5,
  dimensions: 1024,
  optimizer: 'lbfgs',
  l2: 1e-4,
  embedder: { id: 'test:embedder', weight: 1.5 },
  classAliases: { sexual: 'harassment' },
  decision: 'category',
  threshold: 0.5,
});

describe('safety model with sentence-embedding features', () => {
  it('learns from the embedding block and keeps it through int8 serialisation', () => {
    for (const model of [toSafetyModel(trained), loadSafetyModel(serializeSafetyModel(trained, ['test']))]) {
      expect(model.embedderId).toBe('test:embedder');
      expect(model.predict('message eleven', abusive).unsafe).toBeGreaterThan(0.8);
      expect(model.predict('message eleven', benign).unsafe).toBeLessThan(0.2);
    }
  });

  it('reports an aliased class as its category and sums the classes of a category', () => {
    const prediction = toSafetyModel(trained).predict('message eleven', explicit);
    expect(prediction.category).toBe('harassment');
    expect(prediction.probabilities['sexual']).toBeGreaterThan(0.5);
    expect(prediction.categoryProbabilities['harassment']).toBeCloseTo(
      prediction.probabilities['sexual']! + prediction.probabilities['harassment']!,
      6,
    );
  });

  it('refuses to score without an embedding, or with one of the wrong size', () => {
    const model = toSafetyModel(trained);
    for (const embedding of [undefined, Float32Array.of(1, 0)]) {
      let caught: unknown;
      try {
        model.predict('message eleven', embedding);
      } catch (error) {
        caught = error;
      }
      expect(isSwitchboardError(caught) && caught.code).toBe('VALIDATION_FAILED');
    }
  });

  it('ships a model that reads the sentence-mean USE-lite embedding', () => {
    const model = loadShippedSafetyEmbeddingModel(shippedSafetyModels);
    expect(model.embedderId).toBe('local:use-lite');
    expect(model.decision).toBe('category');
  });
});

describe('safety filter with an embedding model', () => {
  const ngramOnly = trainSafetyModel(
    examples.map(({ text, category }) => ({ text, category })),
    { random: () => 0.5, dimensions: 1024, optimizer: 'lbfgs', l2: 1e-4, threshold: 0.5 },
  );
  const filter = createSafetyFilter({
    model: toSafetyModel(ngramOnly),
    embeddingModel: toSafetyModel(trained),
    rules: [],
    actions: defaultSafetyActions,
  });

  it('uses the embedding model when given an embedding and the n-gram model otherwise', () => {
    const withEmbedding = filter.check('message eleven', { embedding: abusive });
    expect(withEmbedding).toMatchObject({ model: 'embedding', category: 'harassment', action: 'handoff' });
    expect(filter.check('message eleven', { embedding: benign })).toMatchObject({ model: 'embedding', category: null });
    expect(filter.check('message eleven').model).toBe('ngram');
    expect(filter.embedderId).toBe('test:embedder');
  });

  it('falls back to n-grams and says why when the embedder fails', async () => {
    const broken: Embedder = {
      id: 'test:embedder',
      dimensions: 3,
      maxBatchSize: 16,
      embed: () => Promise.reject(new Error('model file missing')),
    };
    const result = await checkSafety(filter, broken, 'message eleven');
    expect(result.check.model).toBe('ngram');
    expect(result.embedding).toContain('model file missing');
  });

  it('pools the embeddings of the sentences of the message', async () => {
    const embedder = recordingEmbedder({
      id: 'test:embedder',
      dimensions: 3,
      vectorOf: (text) => (text.includes('abuse') ? abusive : benign),
    });
    const first = 'This first sentence of the message is about abuse.';
    const second = 'This second sentence of the message is about abuse.';
    const result = await checkSafety(filter, embedder, `${first} ${second}`);
    expect(embedder.calls).toEqual([[first, second]]);
    expect(result).toMatchObject({ embedding: 'used', check: { model: 'embedding', category: 'harassment' } });
  });
});
