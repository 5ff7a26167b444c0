/** Chooses the confidence below which a message is routed to out-of-scope, from held-out predictions. */

export interface HeldOutPrediction {
  /** Highest in-scope probability (after temperature scaling). */
  readonly confidence: number;
  /** The model's own `oos` class won outright. */
  readonly predictedOos: boolean;
  /** The top in-scope label is the gold label. */
  readonly correct: boolean;
  /** The gold label is out of scope. */
  readonly goldOos: boolean;
}

export interface OosThresholdOptions {
  /** Without out-of-scope rows to learn from: the share of in-scope held-out rows the threshold may reject. */
  readonly rejectRateWithoutOos: number;
  /** With out-of-scope rows: how much one point of out-of-scope recall is worth against one of in-scope accuracy. */
  readonly oosRecallWeight: number;
}

/**
 * With out-of-scope rows held out, the threshold maximises in-scope accuracy + `oosRecallWeight` × out-of-scope
 * recall: the rare `oos` class is weighed as a class, not by its row count, but below one so a handful of held-out
 * oos rows cannot drag the threshold up to where most real intents are refused. Without them, it is the confidence
 * quantile that rejects `rejectRateWithoutOos` of in-scope rows: the operator's tolerance for false hand-offs.
 */
export function chooseOosThreshold(rows: readonly HeldOutPrediction[], options: OosThresholdOptions): number {
  const inScope = rows.filter((row) => !row.goldOos);
  const outOfScope = rows.filter((row) => row.goldOos);
  if (inScope.length === 0) return 0;
  if (outOfScope.length === 0) {
    const sorted = inScope.map((row) => row.confidence).sort((a, b) => a - b);
    const index = Math.floor(options.rejectRateWithoutOos * sorted.length);
    return index <= 0 ? 0 : ((sorted[index - 1] ?? 0) + (sorted[index] ?? 1)) / 2;
  }
  const candidates = [0, ...new Set(rows.map((row) => row.confidence))].sort((a, b) => a - b);
  let best = 0;
  let bestScore = -1;
  for (let k = 0; k < candidates.length; k++) {
    // Threshold between this candidate and the next, so rows at exactly this confidence are rejected.
    const threshold = k + 1 < candidates.length ? (candidates[k]! + candidates[k + 1]!) / 2 : candidates[k]! + 1e-9;
    const kept = inScope.filter((row) => !row.predictedOos && row.correct && row.confidence >= threshold).length;
    const caught = outOfScope.filter((row) => row.predictedOos || row.confidence < threshold).length;
    const score = kept / inScope.length + (options.oosRecallWeight * caught) / outOfScope.length;
    if (score > bestScore + 1e-12) {
      bestScore = score;
      best = k === 0 ? 0 : threshold;
    }
  }
  return best;
}
