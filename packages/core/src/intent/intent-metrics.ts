/** Scores intent predictions: accuracy, in-scope accuracy, out-of-scope recall and precision, macro-F1, ECE. */

export interface IntentMetrics {
  readonly accuracy: number;
  readonly in_scope_accuracy: number;
  /** Present only when the gold labels include out-of-scope rows. */
  readonly oos_recall?: number;
  readonly oos_precision?: number;
  readonly macro_f1: number;
  readonly ece: number;
}

export interface ScoredPrediction {
  readonly gold: string;
  readonly predicted: string;
  /** Top probability of the calibrated distribution, before out-of-scope routing. */
  readonly topProbability: number;
  /** The label that probability belongs to. */
  readonly topLabel: string;
}

/** Macro-averaged F1 over every label that occurs as gold or prediction (a label never predicted scores 0). */
export function macroF1(gold: readonly string[], predicted: readonly string[]): number {
  const labels = new Set([...gold, ...predicted]);
  if (labels.size === 0) return 0;
  let total = 0;
  for (const label of labels) {
    let truePositive = 0;
    let goldCount = 0;
    let predictedCount = 0;
    for (let i = 0; i < gold.length; i++) {
      if (gold[i] === label) goldCount += 1;
      if (predicted[i] === label) predictedCount += 1;
      if (gold[i] === label && predicted[i] === label) truePositive += 1;
    }
    total += goldCount + predictedCount === 0 ? 0 : (2 * truePositive) / (goldCount + predictedCount);
  }
  return total / labels.size;
}

/** One equal-width confidence bin of a reliability diagram: how sure the predictions in it were, and how often right. */
export interface ReliabilityBin {
  /** The bin is (lower, upper]; the first one also holds a confidence of exactly 0. */
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
  readonly correct: number;
  /** null for an empty bin. */
  readonly meanConfidence: number | null;
  readonly accuracy: number | null;
}

interface BinSums {
  count: number;
  confidenceSum: number;
  correctSum: number;
}

function binSums(confidences: readonly number[], correct: readonly boolean[], bins: number): BinSums[] {
  const sums = Array.from({ length: bins }, () => ({ count: 0, confidenceSum: 0, correctSum: 0 }));
  for (const [i, confidence] of confidences.entries()) {
    // Bins are (k/B, (k+1)/B]; a confidence of exactly 0 joins the first bin.
    const sum = sums[Math.min(bins - 1, Math.max(0, Math.ceil(confidence * bins) - 1))]!;
    sum.count += 1;
    sum.confidenceSum += confidence;
    if (correct[i]) sum.correctSum += 1;
  }
  return sums;
}

/** The reliability diagram's bins (the same ones expectedCalibrationError sums over), empty ones included. */
export function reliabilityBins(confidences: readonly number[], correct: readonly boolean[], bins = 15): ReliabilityBin[] {
  return binSums(confidences, correct, bins).map((sum, bin) => ({
    lower: bin / bins,
    upper: (bin + 1) / bins,
    count: sum.count,
    correct: sum.correctSum,
    meanConfidence: sum.count === 0 ? null : sum.confidenceSum / sum.count,
    accuracy: sum.count === 0 ? null : sum.correctSum / sum.count,
  }));
}

/** Expected calibration error: |accuracy − confidence| per equal-width confidence bin, weighted by bin size. */
export function expectedCalibrationError(confidences: readonly number[], correct: readonly boolean[], bins = 15): number {
  if (confidences.length === 0) return 0;
  let error = 0;
  for (const sum of binSums(confidences, correct, bins)) error += Math.abs(sum.correctSum - sum.confidenceSum) / confidences.length;
  return error;
}

export function intentMetrics(predictions: readonly ScoredPrediction[], oosLabel = 'oos'): IntentMetrics {
  const gold = predictions.map((p) => p.gold);
  const predicted = predictions.map((p) => p.predicted);
  const inScope = predictions.filter((p) => p.gold !== oosLabel);
  const outOfScope = predictions.filter((p) => p.gold === oosLabel);
  const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
  const metrics: IntentMetrics = {
    accuracy: ratio(predictions.filter((p) => p.gold === p.predicted).length, predictions.length),
    in_scope_accuracy: ratio(inScope.filter((p) => p.gold === p.predicted).length, inScope.length),
    macro_f1: macroF1(gold, predicted),
    ece: expectedCalibrationError(
      predictions.map((p) => p.topProbability),
      predictions.map((p) => p.topLabel === p.gold),
    ),
  };
  if (outOfScope.length === 0) return metrics;
  const caught = outOfScope.filter((p) => p.predicted === oosLabel).length;
  return {
    ...metrics,
    oos_recall: ratio(caught, outOfScope.length),
    oos_precision: ratio(caught, predictions.filter((p) => p.predicted === oosLabel).length),
  };
}
