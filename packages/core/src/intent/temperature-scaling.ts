/** Temperature scaling: one divisor for all logits, chosen to minimise log-loss on held-out rows. */
/** Mean negative log-likelihood of the gold classes at a temperature, computed in log space (no clamping). */
export function meanLogLoss(logits: readonly Float64Array[], gold: ArrayLike<number>, temperature: number): number {
  if (logits.length === 0) return 0;
  let total = 0;
  for (const [i, row] of logits.entries()) {
    let max = -Infinity;
    for (const value of row) if (value > max) max = value;
    let sum = 0;
    for (const value of row) sum += Math.exp((value - max) / temperature);
    total += Math.log(sum) - (row[gold[i]!]! - max) / temperature;
  }
  return total / logits.length;
}

/**
 * The temperature with the lowest held-out log-loss. The loss is convex in 1/T, so a golden-section search over
 * 1/T is exact enough; T = 1 is kept unless the search beats it, so scaling never raises the held-out loss.
 */
export function fitTemperature(logits: readonly Float64Array[], gold: ArrayLike<number>): number {
  if (logits.length === 0) return 1;
  const loss = (inverse: number): number => meanLogLoss(logits, gold, 1 / inverse);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let low = 0.02;
  let high = 20;
  let a = high - ratio * (high - low);
  let b = low + ratio * (high - low);
  let lossA = loss(a);
  let lossB = loss(b);
  for (let step = 0; step < 40; step++) {
    if (lossA < lossB) {
      high = b;
      b = a;
      lossB = lossA;
      a = high - ratio * (high - low);
      lossA = loss(a);
    } else {
      low = a;
      a = b;
      lossA = lossB;
      b = low + ratio * (high - low);
      lossB = loss(b);
    }
  }
  const best = (low + high) / 2;
  return loss(best) < loss(1) ? 1 / best : 1;
}
