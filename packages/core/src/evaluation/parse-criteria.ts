/** Parses acceptance criteria (`{faithfulness: ">= 0.98", p95Ms: "<= 1500"}`) into typed comparisons. */
import { criterionPattern, criterionProblem, SwitchboardError, type CriterionName, type CriterionOperator } from '@switchboard/spec';

/** One declared criterion: the named value must compare to the threshold by the operator. */
export interface Criterion {
  readonly name: CriterionName;
  readonly operator: CriterionOperator;
  readonly threshold: number;
}

/**
 * Every criterion of the map, in its order. Throws one `VALIDATION_FAILED` listing every problem (an unknown name with
 * the valid ones, a value that is not `OP NUMBER` with an example), so a typo never becomes a criterion that checks nothing.
 */
export function parseCriteria(map: Readonly<Record<string, unknown>>): Criterion[] {
  const criteria: Criterion[] = [];
  const problems: string[] = [];
  for (const [name, text] of Object.entries(map)) {
    const problem = criterionProblem(name, text);
    const match = problem === null ? criterionPattern.exec(text as string) : null;
    if (match === null) {
      problems.push(problem!);
      continue;
    }
    criteria.push({ name: name as CriterionName, operator: match[1] as CriterionOperator, threshold: Number(match[2]) });
  }
  if (problems.length > 0)
    throw new SwitchboardError('VALIDATION_FAILED', `acceptance criteria are invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`, {
      details: { problems },
    });
  return criteria;
}
