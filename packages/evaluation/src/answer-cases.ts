/** Reads an answer-evaluation case file (evals/answers.yaml): a YAML list of turns, expected citations and a reference. */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import { referenceSteps, type AnswerCase } from '@switchboard/core/evaluation';
import { parseYamlFile } from '@switchboard/ingest';
import { isSwitchboardError, SwitchboardError } from '@switchboard/spec';

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
  if (!existsSync(file)) throw new SwitchboardError('DATASET_INVALID', `${file}: file not found`);
  const parsed = parseYaml(file);
  const lineOf = (index: number, field: readonly (string | number)[]) => parsed.lineOf?.([index, ...field]);
  if (!Array.isArray(parsed.value))
    throw new SwitchboardError(
      'DATASET_INVALID',
      `${file}: expected a YAML list of cases (- id: …, turns: […], expect: {cites: […]}, reference: …)`,
    );
  const problems: string[] = [];
  const cases: AnswerCaseEntry[] = [];
  const seen = new Map<string, number>();
  parsed.value.forEach((raw: unknown, index) => {
    const name = caseName(index, raw);
    const result = caseSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path as (string | number)[];
        const field = path.length > 0 ? formatField(path.map(String)) : 'the case';
        const problem = valueAt(raw, path) === undefined && path.length > 0 ? `is missing; it ${issue.message}` : issue.message;
        const line = lineOf(index, path);
        problems.push(`${file}: ${name}: ${field} ${problem}${line ? ` (line ${line})` : ''}`);
      }
      return;
    }
    const entry = result.data;
    const previous = seen.get(entry.id);
    if (previous !== undefined) problems.push(`${file}: ${name}: id '${entry.id}' is already used by case ${previous + 1}`);
    seen.set(entry.id, index);
    if (entry.expect.steps === true && referenceSteps(entry.reference).length === 0) {
      const line = lineOf(index, ['reference']);
      problems.push(
        `${file}: ${name}: expect.steps is true but reference has no numbered steps (lines starting 1. 2. …)${line ? ` (line ${line})` : ''}`,
      );
    }
    cases.push(entry);
  });
  if (problems.length === 0 && cases.length === 0) problems.push(`${file}: the file has no cases`);
  if (problems.length > 0) throw new SwitchboardError('DATASET_INVALID', problems.join('\n'));
  return { file, cases, lineOf };
}

/** "case 3 (id 'refund-window')": the 1-based position, and the id when the case has one. */
export function caseName(index: number, raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return `case ${index + 1}${typeof id === 'string' && id.trim() ? ` (id '${id.trim()}')` : ''}`;
}

/** The shared YAML reader, with a syntax error named by the path as given and reported as a dataset problem. */
function parseYaml(file: string): ReturnType<typeof parseYamlFile> {
  const absolute = resolve(file);
  try {
    return parseYamlFile(absolute, dirname(absolute));
  } catch (error) {
    if (!isSwitchboardError(error)) throw error;
    const message = error.message.startsWith(`${basename(absolute)}: `)
      ? error.message.slice(basename(absolute).length + 2)
      : error.message;
    throw new SwitchboardError('DATASET_INVALID', `${file}: ${message}`, { cause: error, details: error.details });
  }
}

function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let value = raw;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** expect.cites[0] rather than expect.cites.0. */
function formatField(field: readonly string[]): string {
  return field.reduce((text, part) => (/^\d+$/.test(part) ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}
