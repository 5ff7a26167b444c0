import { describe, expect, it } from 'vitest';
import { syntheticIntentExamples } from './intent-test-data.js';
import { expectedCalibrationError } from './intent-metrics.js';
import { softmaxInPlace } from './softmax-regression.js';
import { fitTemperature, meanLogLoss } from './temperature-scaling.js';
import { trainIntentClassifier } from './train-intent-classifier.js';

describe('fitTemperature', () => {
  it('softens overconfident logits and lowers held-out log-loss and ECE', () => {
    // Logits say ~99.9% but the top class is right only 3 times in 4.
    const logits = [0, 1, 2, 3].map(() => Float64Array.from([7, 0, 0]));
    const gold = [0, 0, 0, 1];
    const temperature = fitTemperature(logits, gold);
    expect(temperature).toBeGreaterThan(1);
    expect(meanLogLoss(logits, gold, temperature)).toBeLessThan(meanLogLoss(logits, gold, 1));
    const confidence = (t: number) => logits.map((row) => Math.max(...softmaxInPlace(Float64Array.from(row), t)));
    const correct = gold.map((g) => g === 0);
    expect(expectedCalibrationError(confidence(temperature), correct)).toBeLessThan(expectedCalibrationError(confidence(1), correct));
  });

  it('never raises the held-out log-loss of a trained classifier', () => {
    const classifier = trainIntentClassifier(syntheticIntentExamples(6), { epochs: 10, calibrationFraction: 0.3, refitOnAll: false });
    const heldOut = syntheticIntentExamples(3, 5);
    const labels = classifier.labels;
    const logLoss = (t: number) => {
      let total = 0;
      for (const example of heldOut) {
        const calibrated = classifier.distribution(example.text).probabilities;
        // Undo the fitted temperature, then apply `t`: probabilities ∝ p^(T/t).
        const logits = Float64Array.from(calibrated, (p) => Math.log(Math.max(p, 1e-300)) * classifier.temperature);
        total -= Math.log(softmaxInPlace(logits, t)[labels.indexOf(example.label)]!);
      }
      return total / heldOut.length;
    };
    expect(logLoss(classifier.temperature)).toBeLessThanOrEqual(logLoss(1) + 1e-9);
  });
});
