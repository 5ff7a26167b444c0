/** Checks acceptance criteria against a run's aggregates: each criterion's measured value, its verdict and why it failed. */
import type { CriterionName, CriterionOperator } from '@switchboard/spec';
import type { Criterion } from './parse-criteria.js';

/**
 * The values criteria are checked against: a golden-suite run's aggregates (`SuiteAggregates` is assignable to it, and
 * stops being so when a field a criterion names is renamed). null: nothing in the run measured it.
 */
export type CriterionValues = { readonly [K in Exclude<CriterionName, 'regressions'>]: number | null } & {
  /** Cases that passed in the baseline run and fail now; undefined when the run had no baseline. */
  readonly regressions?: number | undefined;
};

export interface CriterionResult {
  readonly name: CriterionName;
  readonly operator: CriterionOperator;
  readonly threshold: number;
  /** The measured value; null when the run could not measure it. */
  readonly value: number | null;
  readonly passed: boolean;
  /** Why it failed, in a sentence; null when it passed. */
  readonly reason: string | null;
}

/**
 * Slack for floating-point rounding: a faithfulness averaged over replies may come out as 0.97999999999 where the exact
 * mean is 0.98, and `">= 0.98"` must pass it. Far below any difference a criterion means.
 */
export const criterionTolerance = 1e-9;

const compare: Record<CriterionOperator, (value: number, threshold: number) => boolean> = {
  '>=': (value, threshold) => value >= threshold - criterionTolerance,
  '<=': (value, threshold) => value <= threshold + criterionTolerance,
  '==': (value, threshold) => Math.abs(value - threshold) <= criterionTolerance,
  '>': (value, threshold) => value > threshold + criterionTolerance,
  '<': (value, threshold) => value < threshold - criterionTolerance,
};

/**
 * Each criterion's verdict, in order. A criterion the run could not measure fails: it was declared to guard something,
 * and a guard that checked nothing must not read as a pass. `regressions` without a baseline fails the same way.
 */
export function evaluateCriteria(criteria: readonly Criterion[], values: CriterionValues): CriterionResult[] {
  return criteria.map(({ name, operator, threshold }) => {
    const value = values[name] ?? null;
    if (value === null) {
      const reason =
        name === 'regressions'
          ? 'needs --baseline: regressions are counted against an earlier run (eval gate --baseline RUN_ID)'
          : `not measured: no case in this run produced a ${name} value; add cases that exercise it or remove the criterion`;
      return { name, operator, threshold, value: null, passed: false, reason };
    }
    const passed = compare[operator](value, threshold);
    const shown = formatCriterionValue(value);
    // Four decimals can round a just-missed value onto its threshold ("0.98, not >= 0.98"); then show every digit.
    const reason = passed
      ? null
      : `${name} is ${shown === formatCriterionValue(threshold) ? String(value) : shown}, not ${operator} ${formatCriterionValue(threshold)}`;
    return { name, operator, threshold, value, passed, reason };
  });
}

/** A value as criteria show it: whole numbers as they are, fractions to four decimals. */
export function formatCriterionValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}
