/** Fits one model per held-out-intent fold and reads its confidences on unseen in-scope rows and on stand-ins. */
import type { FoldConfidences } from './choose-stand-in-threshold.js';
import type { IntentEmbeddings } from './dense-features.js';
import { fitIntentModel } from './fit-intent-model.js';
import { heldOutIntentFolds } from './held-out-intent-folds.js';
import type { IntentEmbedderInfo } from './intent-classifier.js';
import { softmaxInPlace, softmaxLogits, type SoftmaxTrainingOptions } from './softmax-regression.js';
import { fitTemperature } from './temperature-scaling.js';
import type { TfidfOptions } from './tfidf-vectorizer.js';

export interface HeldOutIntentOptions extends SoftmaxTrainingOptions {
  readonly features: TfidfOptions;
  readonly heldOutIntentFolds: number;
  readonly foldInScopeFraction: number;
}

/**
 * For each fold: fit on the kept intents' fitting rows, fit a temperature on their unseen rows, and return the
 * calibrated top probability of those rows and of the held-out intents' rows. Texts and labels are in-scope only.
 */
export function heldOutIntentConfidences(
  texts: readonly string[],
  labels: readonly string[],
  options: HeldOutIntentOptions,
  embedder: IntentEmbedderInfo | null,
  embeddings?: IntentEmbeddings,
): FoldConfidences[] {
  const folds = heldOutIntentFolds(labels, {
    folds: options.heldOutIntentFolds,
    inScopeFraction: options.foldInScopeFraction,
    seed: options.seed,
  });
  return folds.map((fold) => {
    const ids = new Map(fold.keptLabels.map((label, id) => [label, id]));
    const labelIds = labels.map((label) => ids.get(label) ?? -1);
    const fitted = fitIntentModel(fold.fit, { texts, labelIds, classes: ids.size, embedder, embeddings }, options);
    const logitsOf = (i: number) => softmaxLogits(fitted.model, fitted.rowOf(texts[i]!, embeddings?.vectors[i]));
    const inScopeLogits = fold.inScope.map(logitsOf);
    const temperature = fitTemperature(inScopeLogits, Int32Array.from(fold.inScope.map((i) => labelIds[i]!)));
    // As in IntentClassifier.predict: a text with no known word is rejected whatever its scores.
    const top = (i: number, logits: Float64Array) => {
      const probabilities = softmaxInPlace(logits, temperature);
      let best = 0;
      for (let c = 1; c < probabilities.length; c++) if (probabilities[c]! > probabilities[best]!) best = c;
      const known = fitted.vectorizer.transform(texts[i]!).indices.length > 0;
      return { confidence: known ? probabilities[best]! : -Infinity, best };
    };
    return {
      inScope: fold.inScope.map((i, k) => {
        const { confidence, best } = top(i, inScopeLogits[k]!);
        return { confidence, correct: best === labelIds[i] };
      }),
      standIns: fold.standIns.map((i) => top(i, logitsOf(i)).confidence),
    };
  });
}
