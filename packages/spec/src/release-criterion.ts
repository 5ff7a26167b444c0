/**
 * The vocabulary of acceptance criteria (`release.criteria` in switchboard.yaml): shared by the criteria maths (core)
 * and the configuration that declares them (config), which validates them at load.
 */

/**
 * What a criterion may constrain: the numeric aggregates of a golden-suite run (`SuiteAggregates` of
 * packages/evaluation, whose field names these are) and `regressions`, the cases that passed in a baseline run and
 * fail now. core's `evaluateCriteria` takes its values typed by these names, so a renamed aggregate fails to compile.
 */
export const criterionNames = [
  'cases',
  'passed',
  'passRate',
  'answerRate',
  'faithfulness',
  'citationAccuracy',
  'intentAccuracy',
  'intentEce',
  'handoffPrecision',
  'handoffRecall',
  'unloggedActionClaimRate',
  'p50Ms',
  'p95Ms',
  'costUsd',
  'regressions',
] as const;

export type CriterionName = (typeof criterionNames)[number];

/** A criterion's comparison: the measured value on the left, the threshold on the right (`p95Ms <= 1500`). */
export const criterionOperators = ['>=', '<=', '==', '>', '<'] as const;

export type CriterionOperator = (typeof criterionOperators)[number];

/**
 * A criterion as written: an operator, then a number (`">= 0.98"`, `"<= 1500"`, `"== 0"`), spaces allowed around
 * both. Group 1 is the operator, group 2 the number. The two-character operators come first in the alternation.
 */
export const criterionPattern = new RegExp(
  `^\\s*(${criterionOperators.join('|')})\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*$`,
);

const knownNames: ReadonlySet<string> = new Set(criterionNames);

/**
 * Why `name: text` is not a criterion, or null when it is one: an unknown name (listing the valid ones) or a value that
 * is not `OP NUMBER` (with an example). Here rather than in core because config checks criteria at load and imports
 * only spec; core's `parseCriteria` reports the same sentences.
 */
export function criterionProblem(name: string, text: unknown): string | null {
  if (!knownNames.has(name)) return `unknown criterion '${name}'; valid names: ${criterionNames.join(', ')}`;
  if (typeof text !== 'string' || !criterionPattern.test(text))
    return `${name}: expected an operator (${criterionOperators.join(', ')}) and a number, e.g. ${name}: ">= 0.98", got ${JSON.stringify(text) ?? 'nothing'}`;
  return null;
}
