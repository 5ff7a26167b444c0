import { describe, expect, it } from 'vitest';
import { IntentClassifier } from './intent-classifier.js';
import { appendDenseFeatures } from './dense-features.js';
import { trainIntentClassifier } from './train-intent-classifier.js';

const row = { indices: Int32Array.from([2, 5]), values: Float32Array.from([0.6, 0.8]) };

describe('appendDenseFeatures', () => {
  it('appends the embedding L2-normalised and scaled after the sparse ids', () => {
    const out = appendDenseFeatures(row, Float32Array.from([3, 0, 4]), 10, 2);
    expect(Array.from(out.indices)).toEqual([2, 5, 10, 11, 12]);
    expect(Array.from(out.values).map((value) => Math.round(value * 1000) / 1000)).toEqual([0.6, 0.8, 1.2, 0, 1.6]);
  });

  it('adds nothing for a missing or all-zero embedding', () => {
    expect(appendDenseFeatures(row, undefined, 10, 2)).toBe(row);
    expect(appendDenseFeatures(row, new Float32Array(3), 10, 2)).toBe(row);
  });
});

/** Every text is the same, so only the embedding can tell the intents apart. */
function embeddedExamples() {
  const labels = ['billing', 'delivery', 'password'];
  const examples = [];
  const vectors: Float32Array[] = [];
  for (let i = 0; i < 60; i++) {
    const c = i % 3;
    examples.push({ text: 'i need help with this', label: labels[c]! });
    vectors.push(embeddingOf(c, i));
  }
  return { examples, embeddings: { embedderId: 'test:one-hot', dimensions: 4, vectors } };
}
const embeddingOf = (c: number, jitter: number) =>
  Float32Array.from([c === 0 ? 1 : 0, c === 1 ? 1 : 0, c === 2 ? 1 : 0, (jitter % 5) / 10]);

describe('trainIntentClassifier with embeddings', () => {
  const { examples, embeddings } = embeddedExamples();
  const classifier = trainIntentClassifier(examples, { epochs: 20, seed: 3 }, embeddings);

  it('learns from the embedding block when the words cannot separate the intents', () => {
    expect(classifier.predict('i need help with this', 1, embeddingOf(0, 1)).label).toBe('billing');
    expect(classifier.predict('i need help with this', 1, embeddingOf(1, 2)).label).toBe('delivery');
    expect(classifier.predict('i need help with this', 1, embeddingOf(2, 3)).label).toBe('password');
  });

  it('records the embedder in the model file and refuses to load with another', () => {
    const file = JSON.parse(JSON.stringify(classifier.toJSON())) as unknown;
    expect(classifier.toJSON().embedder).toEqual({ id: 'test:one-hot', dimensions: 4, weight: 1.5 });
    const copy = IntentClassifier.fromJSON(file, { embedderId: 'test:one-hot' });
    expect(copy.predict('i need help with this', 1, embeddingOf(1, 0)).label).toBe('delivery');
    expect(() => IntentClassifier.fromJSON(file, { embedderId: 'local:glove-100d-sif' })).toThrow(
      /trained with embedder test:one-hot.*retrain/,
    );
    expect(() => IntentClassifier.fromJSON(file, { embedderId: null })).toThrow(/no embedder is available/);
  });

  it('refuses an embedding of the wrong length and a mismatched embedding count', () => {
    expect(() => classifier.predict('i need help', 1, new Float32Array(7))).toThrow(/expects 4-d embeddings/);
    expect(() => trainIntentClassifier(examples, {}, { ...embeddings, vectors: embeddings.vectors.slice(1) })).toThrow(/one per example/);
  });

  it('trains on TF-IDF alone when the embedding weight is 0', () => {
    expect(trainIntentClassifier(examples, { epochs: 2, embeddingWeight: 0 }, embeddings).embedder).toBeNull();
  });
});
