import { describe, expect, it } from 'vitest';
import { expectedCalibrationError, intentMetrics, macroF1, reliabilityBins } from './intent-metrics.js';

describe('macroF1', () => {
  it('averages per-label F1 computed by hand', () => {
    // a: tp 1, gold 2, predicted 1 -> F1 2/3; b: tp 1, gold 1, predicted 2 -> 2/3; c: never right -> 0.
    const gold = ['a', 'a', 'b', 'c'];
    const predicted = ['a', 'b', 'b', 'a'];
    // a: tp1, gold2, pred2 -> 0.5; b: tp1, gold1, pred2 -> 2/3; c: 0
    expect(macroF1(gold, predicted)).toBeCloseTo((0.5 + 2 / 3 + 0) / 3, 10);
  });
  it('is 1 for perfect predictions', () => {
    expect(macroF1(['x', 'y'], ['x', 'y'])).toBe(1);
  });
});

describe('expectedCalibrationError', () => {
  it('weights each bin gap by its share of rows', () => {
    // 10 bins: 0.95, 0.95 (one right) -> bin gap |0.5-0.95| * 2/4; 0.35, 0.35 (both wrong) -> |0-0.35| * 2/4.
    const ece = expectedCalibrationError([0.95, 0.95, 0.35, 0.35], [true, false, false, false], 10);
    expect(ece).toBeCloseTo(0.45 * 0.5 + 0.35 * 0.5, 10);
  });
  it('is 0 when confidence matches accuracy in every bin', () => {
    expect(expectedCalibrationError([1, 1, 0.5, 0.5], [true, true, true, false], 10)).toBeCloseTo(0, 10);
  });
});

describe('reliabilityBins', () => {
  it('counts each bin, with its mean confidence and accuracy, empty bins as null', () => {
    const bins = reliabilityBins([0.95, 0.92, 0.35, 0, 0.1], [true, false, false, true, true], 10);
    expect(bins).toHaveLength(10);
    // 0.1 is the top of the first bin (0, 0.1], and 0 joins it.
    expect(bins[0]).toEqual({ lower: 0, upper: 0.1, count: 2, correct: 2, meanConfidence: 0.05, accuracy: 1 });
    expect(bins[3]).toMatchObject({ count: 1, correct: 0, meanConfidence: 0.35, accuracy: 0 });
    expect(bins[9]).toMatchObject({ count: 2, correct: 1, accuracy: 0.5 });
    expect(bins[9]?.meanConfidence).toBeCloseTo(0.935, 10);
    expect(bins[5]).toMatchObject({ count: 0, meanConfidence: null, accuracy: null });
  });

  it('gives the bins expectedCalibrationError sums over', () => {
    const confidences = [0.95, 0.92, 0.35, 0, 0.1, 0.61, 0.66];
    const correct = [true, false, false, true, true, true, false];
    const fromBins = reliabilityBins(confidences, correct, 10).reduce(
      (error, bin) => error + (bin.count === 0 ? 0 : (Math.abs(bin.accuracy! - bin.meanConfidence!) * bin.count) / confidences.length),
      0,
    );
    expect(expectedCalibrationError(confidences, correct, 10)).toBeCloseTo(fromBins, 12);
  });
});

describe('intentMetrics', () => {
  const row = (gold: string, predicted: string) => ({ gold, predicted, topProbability: 0.9, topLabel: predicted });
  it('reports oos recall and precision only when the gold labels have oos rows', () => {
    const withOos = intentMetrics([row('a', 'a'), row('a', 'oos'), row('oos', 'oos'), row('oos', 'b')]);
    expect(withOos.accuracy).toBe(0.5);
    expect(withOos.in_scope_accuracy).toBe(0.5);
    expect(withOos.oos_recall).toBe(0.5);
    expect(withOos.oos_precision).toBe(0.5);
    const without = intentMetrics([row('a', 'a'), row('b', 'a')]);
    expect(without).not.toHaveProperty('oos_recall');
    expect(without).not.toHaveProperty('oos_precision');
    expect(without.accuracy).toBe(0.5);
  });
});
