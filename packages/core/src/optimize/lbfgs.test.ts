import { describe, expect, it } from 'vitest';
import { minimizeLbfgs, type Objective } from './lbfgs.js';
import { softmaxObjective } from './softmax-objective.js';

describe('minimizeLbfgs', () => {
  it('finds the minimum of the Rosenbrock function', () => {
    const rosenbrock: Objective = (x, gradient) => {
      const [a, b] = [x[0]!, x[1]!];
      gradient[0] = -2 * (1 - a) - 400 * a * (b - a * a);
      gradient[1] = 200 * (b - a * a);
      return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
    };
    const result = minimizeLbfgs(rosenbrock, Float64Array.of(-1.2, 1), { maxIterations: 500, tolerance: 1e-14 });
    expect(result.x[0]).toBeCloseTo(1, 3);
    expect(result.x[1]).toBeCloseTo(1, 3);
    expect(result.loss).toBeLessThan(1e-6);
  });
});

describe('softmaxObjective', () => {
  const rows = [
    { indices: [0, 2], values: [1, 0.5] },
    { indices: [1], values: [2] },
    { indices: [0, 1, 2], values: [0.3, -1, 1] },
  ];
  const labels = [0, 1, 2];
  const weights = [1, 3, 2];

  it('returns the gradient of the weighted, regularised log-loss (checked by finite differences)', () => {
    const objective = softmaxObjective(rows, labels, weights, 3, 3, 0.1);
    const x = Float64Array.from({ length: 12 }, (_, i) => Math.sin(i + 1) * 0.5);
    const gradient = new Float64Array(12);
    objective(x, gradient);
    const scratch = new Float64Array(12);
    for (let j = 0; j < x.length; j += 1) {
      const plus = Float64Array.from(x);
      const minus = Float64Array.from(x);
      plus[j]! += 1e-6;
      minus[j]! -= 1e-6;
      const numeric = (objective(plus, scratch) - objective(minus, scratch)) / 2e-6;
      expect(gradient[j]).toBeCloseTo(numeric, 5);
    }
  });

  it('trains a classifier that separates the rows', () => {
    const objective = softmaxObjective(rows, labels, weights, 3, 3, 1e-3);
    const { x } = minimizeLbfgs(objective, new Float64Array(12));
    for (const [r, row] of rows.entries()) {
      const scores = [0, 1, 2].map((c) => x[9 + c]! + row.indices.reduce((sum, f, k) => sum + x[f * 3 + c]! * row.values[k]!, 0));
      expect(scores.indexOf(Math.max(...scores))).toBe(labels[r]);
    }
  });
});
