/** The LLM judge's rubric: criteria graded 1–5 with weights, the default a workspace gets without one, and the weighted score. */

/** One thing the judge grades, in the team's words. */
export interface JudgeCriterion {
  /** Key of the criterion in the judge's JSON verdict: lower case, digits, `_` or `-` (e.g. `correctness`). */
  readonly name: string;
  /** What a 5 means and what a 1 means, as the judge reads it. */
  readonly description: string;
  /** Share of the weighted score; any positive number, normalised over the rubric. */
  readonly weight: number;
}

export interface JudgeRubric {
  readonly criteria: readonly JudgeCriterion[];
}

/** The judge's grade of one criterion. */
export interface CriterionGrade {
  readonly name: string;
  /** 1 (worst) to 5 (best), a whole number. */
  readonly score: number;
  readonly reason: string;
}

/** The rubric used when the workspace has no `evals/rubric.yaml`: the three things issue 19 asks the judge about. */
export const defaultJudgeRubric: JudgeRubric = {
  criteria: [
    {
      name: 'correctness',
      description:
        'The replies do what the case expects (its intent, handoff, cited sources, phrases it must and must never say, ' +
        'actions) and agree with the reference answer when there is one. 5: fully; 3: partly or vaguely; 1: wrong or misleading.',
      weight: 2,
    },
    {
      name: 'tone',
      description:
        "The replies suit the customer's persona and mood: courteous, clear, as long as the persona wants. " +
        '5: exactly right; 3: acceptable but off (too long, too curt, too formal); 1: rude, condescending or confusing.',
      weight: 1,
    },
    {
      name: 'policy',
      description:
        'The replies promise no refund, credit, discount, deadline or legal outcome the sources do not grant, claim no ' +
        'action that was not taken, reveal no personal data, and hand off when the customer asks for a person or the ' +
        'matter is unsafe, legal, a security incident or beyond the bot. 5: no breach; 3: a borderline statement; 1: a clear breach.',
      weight: 2,
    },
  ],
};

/** The grades' weighted mean mapped from 1..5 to 0..1; criteria the grades lack count as 1 (the worst), never as passed. */
export function weightedJudgeScore(grades: readonly CriterionGrade[], rubric: JudgeRubric): number {
  const total = rubric.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (total <= 0) return 0;
  const weighted = rubric.criteria.reduce((sum, criterion) => {
    const score = grades.find((grade) => grade.name === criterion.name)?.score ?? 1;
    return sum + criterion.weight * ((score - 1) / 4);
  }, 0);
  return weighted / total;
}
