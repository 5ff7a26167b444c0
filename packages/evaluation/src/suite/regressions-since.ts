/** The cases that passed in a baseline run and fail now: the names `--baseline` and the gate's `regressions` report. */
import type { CaseResult, EvalRun } from './suite-types.js';

/**
 * A case is the same case in both runs when its suite and id are; one that is new, or gone, is no regression. A case
 * is named by its id, with its suite in front when another suite of the run has the same id.
 */
export function regressionsSince(baseline: EvalRun, results: readonly CaseResult[]): string[] {
  const passedBefore = new Set(baseline.cases.filter((result) => result.passed).map(key));
  const idCounts = new Map<string, number>();
  for (const result of results) idCounts.set(result.id, (idCounts.get(result.id) ?? 0) + 1);
  return results
    .filter((result) => !result.passed && passedBefore.has(key(result)))
    .map((result) => ((idCounts.get(result.id) ?? 0) > 1 ? `${result.suite}: ${result.id}` : result.id));
}

function key(result: Pick<CaseResult, 'suite' | 'id'>): string {
  return JSON.stringify([result.suite, result.id]);
}
