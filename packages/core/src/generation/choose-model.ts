/** Routes a request to the small or large model by difficulty, and to the small one when the large is saturated. */

export interface RoutingOptions {
  /** Difficulty at or above which the large model answers. */
  readonly threshold: number;
  /** When the large model already has this many requests in flight, the small model answers instead. */
  readonly maxLargeInFlight: number;
}

export interface ModelChoice {
  readonly tier: 'large' | 'small';
  readonly reason: 'hard' | 'easy' | 'large busy' | 'no small model';
}

export function chooseModel(difficulty: number, largeInFlight: number, hasSmall: boolean, options: RoutingOptions): ModelChoice {
  if (!hasSmall) return { tier: 'large', reason: 'no small model' };
  if (difficulty < options.threshold) return { tier: 'small', reason: 'easy' };
  // A slow right answer loses to a fast grounded one: latency matters more than size once the large model queues.
  if (largeInFlight >= options.maxLargeInFlight) return { tier: 'small', reason: 'large busy' };
  return { tier: 'large', reason: 'hard' };
}
