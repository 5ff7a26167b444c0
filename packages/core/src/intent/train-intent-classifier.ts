/** Trains an intent classifier from labelled examples: fit on most rows, calibrate on the rest, refit on all. */
import { SwitchboardError } from '@switchboard/spec';
import { IntentClassifier } from './intent-classifier.js';
import { chooseOosThreshold, type HeldOutPrediction } from './oos-threshold.js';
import { softmaxInPlace, softmaxLogits, trainSoftmaxRegression, type SoftmaxModel } from './softmax-regression.js';
import { stratifiedSplit } from './stratified-split.js';
import { fitTemperature } from './temperature-scaling.js';
import { TfidfVectorizer, type TfidfOptions } from './tfidf-vectorizer.js';

export interface IntentExample {
  readonly text: string;
  readonly label: string;
}

export interface IntentTrainingOptions {
  readonly features: TfidfOptions;
  readonly l2: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** Share of each label held out to fit the temperature and the out-of-scope threshold. */
  readonly calibrationFraction: number;
  /** With no `oos` training rows: the share of in-scope held-out rows the threshold may send to out-of-scope. */
  readonly rejectRateWithoutOos: number;
  /** With `oos` training rows: the weight of out-of-scope recall against in-scope accuracy when placing the threshold. */
  readonly oosRecallWeight: number;
  /** Train the final weights on every row (the held-out part too) once calibration is fixed. */
  readonly refitOnAll: boolean;
  readonly oosLabel: string;
  readonly seed: number;
}

export const defaultIntentTrainingOptions: IntentTrainingOptions = {
  features: { wordNgrams: 2, charNgramMin: 2, charNgramMax: 5, minDocumentFrequency: 2, charWeight: 1 },
  l2: 1e-5,
  epochs: 10,
  learningRate: 1,
  calibrationFraction: 0.1,
  rejectRateWithoutOos: 0,
  oosRecallWeight: 0.25,
  refitOnAll: true,
  oosLabel: 'oos',
  seed: 13,
};

function fit(examples: readonly IntentExample[], labelIds: Map<string, number>, options: IntentTrainingOptions) {
  const vectorizer = TfidfVectorizer.fit(
    examples.map((example) => example.text),
    options.features,
  );
  const rows = examples.map((example) => vectorizer.transform(example.text));
  const gold = Int32Array.from(examples.map((example) => labelIds.get(example.label)!));
  const model: SoftmaxModel = trainSoftmaxRegression(rows, gold, labelIds.size, vectorizer.size, options);
  return { vectorizer, model };
}

export function trainIntentClassifier(
  examples: readonly IntentExample[],
  overrides: Partial<IntentTrainingOptions> = {},
): IntentClassifier {
  const options = { ...defaultIntentTrainingOptions, ...overrides };
  const labels = [...new Set(examples.map((example) => example.label))].sort();
  const inScopeLabels = labels.filter((label) => label !== options.oosLabel);
  if (inScopeLabels.length < 2) {
    throw new SwitchboardError(
      'DATASET_INVALID',
      `intent training needs at least two intents besides "${options.oosLabel}"; found ${inScopeLabels.length}`,
    );
  }
  const labelIds = new Map(labels.map((label, id) => [label, id]));
  const oosId = labelIds.get(options.oosLabel) ?? -1;

  const split = stratifiedSplit(
    examples.map((example) => example.label),
    options.calibrationFraction,
    options.seed,
  );
  let temperature = 1;
  let oosThreshold = 0;
  if (split.heldOut.length > 0) {
    const calibrationModel = fit(
      split.kept.map((i) => examples[i]!),
      labelIds,
      options,
    );
    const heldOut = split.heldOut.map((i) => examples[i]!);
    const logits = heldOut.map((example) => softmaxLogits(calibrationModel.model, calibrationModel.vectorizer.transform(example.text)));
    const gold = Int32Array.from(heldOut.map((example) => labelIds.get(example.label)!));
    temperature = fitTemperature(logits, gold);
    const predictions: HeldOutPrediction[] = logits.map((row, k) => {
      const probabilities = softmaxInPlace(Float64Array.from(row), temperature);
      let best = -1;
      for (let c = 0; c < probabilities.length; c++) {
        if (c !== oosId && (best < 0 || probabilities[c]! > probabilities[best]!)) best = c;
      }
      return {
        confidence: probabilities[best]!,
        predictedOos: oosId >= 0 && probabilities[oosId]! > probabilities[best]!,
        correct: best === gold[k],
        goldOos: gold[k] === oosId,
      };
    });
    oosThreshold = chooseOosThreshold(predictions, options);
    if (!options.refitOnAll) {
      return new IntentClassifier({
        labels,
        oosLabel: options.oosLabel,
        temperature,
        oosThreshold,
        ...calibrationModel,
        trainingExamples: split.kept.length,
      });
    }
  }
  const final = fit(examples, labelIds, options);
  return new IntentClassifier({
    labels,
    oosLabel: options.oosLabel,
    temperature,
    oosThreshold,
    ...final,
    trainingExamples: examples.length,
  });
}
