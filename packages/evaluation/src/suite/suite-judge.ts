/**
 * The seam through which `runSuites` has each played case graded by the LLM judge (`eval run --judge`), and the run's
 * summary of the grades. The judge is advisory: it adds `judge` to a result and never changes `passed`.
 */
import type { AggregatedCase } from './suite-aggregates.js';
import type { CaseJudgement, EvalRun, PlayedCase, SuiteCase } from './suite-types.js';

/** Built by the app from the judge model and the workspace rubric (`createSuiteJudge` in ../judge). */
export interface SuiteJudge {
  /** The judge model, 'provider:model'. */
  readonly model: string;
  /** The rubric file, or null for the default rubric. */
  readonly rubric: string | null;
  /** Grades one played case; resolves with a failure (never rejects) when the model fails or its verdict is malformed. */
  judge(testCase: SuiteCase, played: PlayedCase): Promise<CaseJudgement>;
}

/** Each played case with the judge's grades added to its result, one case at a time (a local model serves one call well). */
export async function judgePlayed(
  judge: SuiteJudge,
  played: readonly AggregatedCase[],
  onProgress?: (done: number, total: number, label: string) => void,
): Promise<AggregatedCase[]> {
  const judged: AggregatedCase[] = [];
  for (const [index, { testCase, result }] of played.entries()) {
    onProgress?.(index, played.length, `judge ${testCase.id}`);
    judged.push({ testCase, result: { ...result, judge: await judge.judge(testCase, result.played) } });
  }
  onProgress?.(played.length, played.length, '');
  return judged;
}

/** The mean score over every judged case, a failure counting 0 so that a judge that cannot answer never looks good. */
export function judgeSummary(
  judge: Pick<SuiteJudge, 'model' | 'rubric'>,
  judgements: readonly CaseJudgement[],
): NonNullable<EvalRun['judge']> {
  const failures = judgements.filter((judgement) => !judgement.ok).length;
  const total = judgements.reduce((sum, judgement) => sum + (judgement.ok ? judgement.score : 0), 0);
  return {
    model: judge.model,
    rubric: judge.rubric,
    meanScore: judgements.length === 0 ? null : Math.round((total / judgements.length) * 1e4) / 1e4,
    failures,
  };
}
