/** A linear scorer over named features, as the training scripts write it: the names guard against a stale file. */

export interface LinearModel {
  /** Where the weights came from (dataset, split, part), for the trace and the docs. */
  readonly trainedOn: string;
  readonly features: readonly string[];
  readonly weights: readonly number[];
  readonly bias: number;
}

export function checkLinearModel(model: LinearModel, expected: readonly string[], name: string): void {
  if (model.features.length !== expected.length || model.features.some((feature, i) => feature !== expected[i]))
    throw new Error(`${name}: its features (${model.features.join(', ')}) are not the ones the code computes; retrain it`);
  if (model.weights.length !== expected.length) throw new Error(`${name}: ${model.weights.length} weights for ${expected.length} features`);
}

export function linearScore(model: LinearModel, features: readonly number[]): number {
  let sum = model.bias;
  for (let i = 0; i < features.length; i += 1) sum += model.weights[i]! * features[i]!;
  return sum;
}
