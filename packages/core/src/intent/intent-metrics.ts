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

/** Expected calibration error: |accuracy − confidence| per equal-width confidence bin, weighted by bin size. */
export function expectedCalibrationError(confidences: readonly number[], correct: readonly boolean[], bins = 15): number {
  if (confidences.length === 0) return 0;
  const count = new Array<number>(bins).fill(0);
  const confidenceSum = new Array<number>(bins).fill(0);
  const correctSum = new Array<number>(bins).fill(0);
  for (const [i, confidence] of confidences.entries()) {
    // Bins are (k/B, (k+1)/B]; a confidence of exactly 0 joins the first bin.
    const bin = Math.min(bins - 1, Math.max(0, Math.ceil(confidence * bins) - 1));
    count[bin]! += 1;
    confidenceSum[bin]! += confidence;
    if (correct[i]) correctSum[bin]! += 1;
  }
  let error = 0;
  for (let bin = 0; bin < bins; bin++) {
    if (count[bin]! > 0) error += Math.abs(correctSum[bin]! - confidenceSum[bin]!) / confidences.length;
  }
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
