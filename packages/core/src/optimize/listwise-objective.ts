/**
 * ListNet-style listwise loss: per list, the cross-entropy between the target distribution (the items' gains through
 * a softmax at `temperature`) and the model's softmax over its linear scores, averaged over lists, plus λ/2·‖w‖².
 * It teaches a scorer to put the best item of each list first, which is all a selector needs.
 */
import type { Objective } from './lbfgs.js';

export interface ScoredList {
  /** One dense feature row per item. */
  readonly rows: readonly (readonly number[])[];
  /** Each item's gain (e.g. ROUGE-L against the reference). */
  readonly gains: readonly number[];
}

export function listwiseObjective(lists: readonly ScoredList[], features: number, temperature: number, l2: number): Objective {
  const targets = lists.map((list) => softmax(list.gains.map((gain) => gain / temperature)));
  return (x, gradient) => {
    gradient.fill(0);
    let loss = 0;
    lists.forEach((list, l) => {
      const scores = list.rows.map((row) => row.reduce((sum, value, f) => sum + value * x[f]!, 0));
      const predicted = softmax(scores);
      const target = targets[l]!;
      list.rows.forEach((row, i) => {
        loss -= target[i]! * Math.log(Math.max(predicted[i]!, 1e-300));
        const difference = predicted[i]! - target[i]!;
        for (let f = 0; f < features; f += 1) gradient[f]! += difference * row[f]!;
      });
    });
    const n = Math.max(1, lists.length);
    for (let f = 0; f < features; f += 1) gradient[f] = gradient[f]! / n + l2 * x[f]!;
    return loss / n + (l2 / 2) * x.reduce((sum, value) => sum + value * value, 0);
  };
}

function softmax(values: readonly number[]): number[] {
  const max = Math.max(...values);
  const exps = values.map((value) => Math.exp(value - max));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}
