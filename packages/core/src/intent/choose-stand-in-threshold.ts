/** Places the out-of-scope threshold from folds whose held-out intents stand in for out-of-scope traffic. */

export interface FoldConfidences {
  /** Unseen rows of intents the fold's model knows: its top calibrated probability and whether that intent was right. */
  readonly inScope: readonly { readonly confidence: number; readonly correct: boolean }[];
  /** Top calibrated probabilities of rows of intents the fold's model never learned. */
  readonly standIns: readonly number[];
}

/**
 * The threshold with the best accuracy over all traffic, averaged over folds, when `oosShare` of the traffic is out
 * of scope: (1 − share) × the in-scope rows answered right + share × the stand-ins rejected, each as a share of its
 * fold's rows. A confidence of −Infinity marks a text with no known word, rejected whatever the threshold, so it
 * moves no candidate. Returns 0 (no threshold) when no threshold beats it or there is nothing to learn from.
 */
export function chooseStandInThreshold(folds: readonly FoldConfidences[], oosShare: number): number {
  const usable = folds.filter((fold) => fold.inScope.length > 0 && fold.standIns.length > 0);
  // Raising the threshold past a row changes the objective by a fixed step: minus for an in-scope row answered
  // right, plus for a stand-in. One ascending sweep over all rows finds the best place.
  const steps: { readonly confidence: number; readonly change: number }[] = [];
  for (const fold of usable) {
    const loss = (1 - oosShare) / (fold.inScope.length * usable.length);
    const gain = oosShare / (fold.standIns.length * usable.length);
    for (const row of fold.inScope)
      if (row.correct && row.confidence > -Infinity) steps.push({ confidence: row.confidence, change: -loss });
    for (const confidence of fold.standIns) if (confidence > -Infinity) steps.push({ confidence, change: gain });
  }
  steps.sort((a, b) => a.confidence - b.confidence);
  let best = 0;
  let bestScore = 0;
  let score = 0;
  for (let k = 0; k < steps.length; k++) {
    score += steps[k]!.change;
    const next = steps[k + 1]?.confidence;
    // Only between two distinct confidences: rows that tie are rejected together.
    if (next === steps[k]!.confidence) continue;
    if (score > bestScore + 1e-12) {
      bestScore = score;
      best = next === undefined ? steps[k]!.confidence + 1e-9 : (steps[k]!.confidence + next) / 2;
    }
  }
  return best;
}
