/** Reads the LLM judge's grades of a case: every rubric criterion exactly once, a whole score 1–5 and a reason; anything else fails. */
import { readJsonVerdict, shortReason } from './read-json-verdict.js';
import type { CriterionGrade, JudgeRubric } from './judge-rubric.js';

/** The grades in rubric order, or why the reply cannot be read (a judge failure, which never counts as a pass). */
export type JudgeVerdictParse =
  { readonly ok: true; readonly grades: readonly CriterionGrade[] } | { readonly ok: false; readonly problem: string };

/** Expects `{"<criterion>": {"score": 1..5, "reason": "…"}, …}` with exactly the rubric's criteria. */
export function parseJudgeVerdict(text: string, rubric: JudgeRubric): JudgeVerdictParse {
  const read = readJsonVerdict(text);
  if (!read.ok) return read;
  const names = rubric.criteria.map((criterion) => criterion.name);
  const problems: string[] = [];
  const unknown = Object.keys(read.value).filter((key) => !names.includes(key));
  if (unknown.length > 0) problems.push(`unknown criteria ${unknown.join(', ')} (the rubric has ${names.join(', ')})`);
  const grades: CriterionGrade[] = [];
  for (const name of names) {
    const entry = read.value[name];
    if (entry === undefined) {
      problems.push(`${name} is missing`);
      continue;
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${name} must be an object {"score": 1-5, "reason": "…"}`);
      continue;
    }
    const { score, reason, ...rest } = entry as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length > 0) problems.push(`${name} has unknown fields ${extra.join(', ')}`);
    // A string "4" or a 4.5 is not read as a grade: a judge that cannot follow the format is not trusted with a score.
    if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5)
      problems.push(`${name}.score must be a whole number from 1 to 5, got ${JSON.stringify(score) ?? 'nothing'}`);
    if (typeof reason !== 'string' || reason.trim() === '') problems.push(`${name}.reason must be a short sentence`);
    if (problems.length === 0) grades.push({ name, score: score as number, reason: shortReason(reason as string) });
  }
  if (problems.length > 0) return { ok: false, problem: `the judge's verdict is malformed: ${problems.join('; ')}` };
  return { ok: true, grades };
}
