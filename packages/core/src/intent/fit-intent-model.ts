/** Fits the TF-IDF vectorizer and the softmax weights of an intent model on a chosen subset of the examples. */
import { appendDenseFeatures, type IntentEmbeddings } from './dense-features.js';
import type { IntentEmbedderInfo } from './intent-classifier.js';
import type { SoftmaxModel, SoftmaxTrainingOptions } from './softmax-regression.js';
import { trainSoftmaxRegression } from './train-softmax-regression.js';
import { TfidfVectorizer, type SparseVector, type TfidfOptions } from './tfidf-vectorizer.js';

export interface FittedIntentModel {
  readonly vectorizer: TfidfVectorizer;
  readonly model: SoftmaxModel;
  /** The feature row of a text (with its embedding when the model has an embedding block). */
  readonly rowOf: (text: string, embedding: Float32Array | undefined) => SparseVector;
}

export interface FitIntentModelInput {
  readonly texts: readonly string[];
  /** Class id of each text, in `0…classes-1`. */
  readonly labelIds: ArrayLike<number>;
  readonly classes: number;
  readonly embedder: IntentEmbedderInfo | null;
  readonly embeddings?: IntentEmbeddings | undefined;
}

/**
 * Fits on the rows at `positions` only: the vocabulary, the document frequencies and the weights all come from
 * those rows, so the others are unseen by the model (the calibration steps depend on that).
 */
export function fitIntentModel(
  positions: readonly number[],
  input: FitIntentModelInput,
  options: SoftmaxTrainingOptions & { readonly features: TfidfOptions },
): FittedIntentModel {
  const { texts, embedder, embeddings } = input;
  const vectorizer = TfidfVectorizer.fit(
    positions.map((i) => texts[i]!),
    options.features,
  );
  const rowOf = (text: string, embedding: Float32Array | undefined): SparseVector =>
    embedder ? appendDenseFeatures(vectorizer.transform(text), embedding, vectorizer.size, embedder.weight) : vectorizer.transform(text);
  const rows = positions.map((i) => rowOf(texts[i]!, embeddings?.vectors[i]));
  const gold = Int32Array.from(positions.map((i) => input.labelIds[i]!));
  const features = vectorizer.size + (embedder?.dimensions ?? 0);
  const model = trainSoftmaxRegression(rows, gold, input.classes, features, options);
  return { vectorizer, model, rowOf };
}
