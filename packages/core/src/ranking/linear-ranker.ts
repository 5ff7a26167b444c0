/**
 * A linear learning-to-rank model trained with a pairwise logistic loss (RankNet with a linear scorer):
 * for each relevant/irrelevant pair of one query, push score(relevant) above score(irrelevant).
 */

export interface LinearRankerModel {
  readonly formatVersion: 1;
  readonly featureNames: readonly string[];
  readonly weights: readonly number[];
}

export interface TrainingList {
  readonly features: readonly Float64Array[];
  /** Relevance grade per candidate (> 0 is relevant). */
  readonly grades: readonly number[];
}

export interface LinearRankerTraining {
  readonly epochs?: number;
  readonly learningRate?: number;
  readonly l2?: number;
  /** Irrelevant candidates paired with each relevant one. */
  readonly negativesPerPositive?: number;
  /** Deterministic random source in [0, 1). */
  readonly random: () => number;
}

export function trainLinearRanker(
  featureNames: readonly string[],
  lists: readonly TrainingList[],
  options: LinearRankerTraining,
): LinearRankerModel {
  const dims = featureNames.length;
  const weights = new Float64Array(dims);
  const pairs: [Float64Array, Float64Array][] = [];
  for (const list of lists) {
    const positives = list.features.filter((_, i) => list.grades[i]! > 0);
    const negatives = list.features.filter((_, i) => list.grades[i]! <= 0);
    if (positives.length === 0 || negatives.length === 0) continue;
    for (const positive of positives) {
      const take = Math.min(options.negativesPerPositive ?? 10, negatives.length);
      for (let n = 0; n < take; n += 1) pairs.push([positive, negatives[Math.floor(options.random() * negatives.length)]!]);
    }
  }
  const rate = options.learningRate ?? 0.1;
  const l2 = options.l2 ?? 1e-4;
  for (let epoch = 0; epoch < (options.epochs ?? 15); epoch += 1) {
    shuffle(pairs, options.random);
    const step = rate / (1 + epoch * 0.3);
    for (const [positive, negative] of pairs) {
      let margin = 0;
      for (let d = 0; d < dims; d += 1) margin += weights[d]! * (positive[d]! - negative[d]!);
      const gradient = -1 / (1 + Math.exp(margin)); // d/dmargin of log(1 + e^-margin)
      for (let d = 0; d < dims; d += 1) weights[d]! -= step * (gradient * (positive[d]! - negative[d]!) + l2 * weights[d]!);
    }
  }
  return { formatVersion: 1, featureNames: [...featureNames], weights: [...weights] };
}

export function scoreLinear(model: LinearRankerModel, features: Float64Array): number {
  let score = 0;
  for (let d = 0; d < model.weights.length; d += 1) score += model.weights[d]! * (features[d] ?? 0);
  return score;
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
