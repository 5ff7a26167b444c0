/** Reads an answer-evaluation case file (evals/answers.yaml): a YAML list of turns, expected citations and a reference. */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import { referenceSteps, type AnswerCase } from '@switchboard/core/evaluation';
import { SwitchboardError } from '@switchboard/spec';
import { caseName, caseProblem, readYamlCaseList, schemaProblems } from './yaml-case-list.js';

const documentPath = z
  .string({ error: 'must be a document path such as kb/billing/refunds.md' })
  .trim()
  .min(1, 'must be a document path such as kb/billing/refunds.md')
  .refine((path) => !path.startsWith('/'), 'must be relative to the workspace, e.g. kb/billing/refunds.md');

const caseSchema = z.object({
  id: z.string({ error: 'must be a short name such as two-factor-turn-on' }).trim().min(1, 'must not be empty'),
  turns: z
    .array(z.string({ error: 'must be the text of a customer message' }).trim().min(1, 'must not be empty'), {
      error: 'must be a list of customer messages, the last being the question: ["How do I …?"]',
    })
    .min(1, 'needs at least one customer message'),
  expect: z.object(
    {
      cites: z
        .array(documentPath, { error: 'must be a list of document paths, e.g. [kb/billing/refunds.md]' })
        .min(1, 'needs at least one path'),
      alsoOk: z.array(documentPath, { error: 'must be a list of document paths' }).optional(),
      steps: z.boolean({ error: 'must be true or false' }).optional(),
    },
    { error: 'must be a mapping with cites: [document paths]' },
  ),
  reference: z.string({ error: 'must be the answer a support lead would send' }).trim().min(1, 'must not be empty'),
  tags: z.array(z.string(), { error: 'must be a list of words' }).optional(),
});

export type AnswerCaseEntry = AnswerCase & z.infer<typeof caseSchema>;

export interface AnswerCaseFile {
  /** The path as given, for messages. */
  readonly file: string;
  readonly cases: readonly AnswerCaseEntry[];
  /** Line of a field of the case at `index` (0-based), for messages. */
  lineOf(index: number, field: readonly (string | number)[]): number | undefined;
}

/** Whether the argument of `eval answers` names a case file rather than a BEIR dataset folder. */
export function isAnswerCaseFile(path: string): boolean {
  return /\.ya?ml$/i.test(path) && !(existsSync(path) && statSync(path).isDirectory());
}

/** The workspace a case file belongs to: the parent of the nearest enclosing `evals` folder, else the file's folder. */
export function workspaceOfCaseFile(file: string): string {
  const dir = dirname(resolve(file));
  for (let folder = dir; dirname(folder) !== folder; folder = dirname(folder)) {
    if (basename(folder) === 'evals') return dirname(folder);
  }
  return dir;
}

/** Every problem in the file is reported at once, each naming the case (number and id), the field and the line. */
export function readAnswerCases(file: string): AnswerCaseFile {
  const list = readYamlCaseList(file, '- id: …, turns: […], expect: {cites: […]}, reference: …');
  const problems: string[] = [];
  const cases: AnswerCaseEntry[] = [];
  const seen = new Map<string, number>();
  list.items.forEach((raw: unknown, index) => {
    const result = caseSchema.safeParse(raw);
    if (!result.success) {
      problems.push(...schemaProblems(file, list, index, result.error.issues));
      return;
    }
    const entry = result.data;
    const previous = seen.get(entry.id);
    if (previous !== undefined) problems.push(`${file}: ${caseName(index, raw)}: id '${entry.id}' is already used by case ${previous + 1}`);
    seen.set(entry.id, index);
    if (entry.expect.steps === true && referenceSteps(entry.reference).length === 0)
      problems.push(
        caseProblem(file, list, index, ['reference'], 'expect.steps is true but reference has no numbered steps (lines starting 1. 2. …)'),
      );
    cases.push(entry);
  });
  if (problems.length === 0 && cases.length === 0) problems.push(`${file}: the file has no cases`);
  if (problems.length > 0) throw new SwitchboardError('DATASET_INVALID', problems.join('\n'));
  return { file, cases, lineOf: list.lineOf };
}
