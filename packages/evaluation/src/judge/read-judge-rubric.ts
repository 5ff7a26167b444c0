/**
 * Reads the LLM judge's rubric from the workspace (`evals/rubric.yaml`: criteria with descriptions and weights); the
 * default rubric when the file is absent. Every problem is reported at once, naming the file, the field and the line.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { defaultJudgeRubric, type JudgeRubric } from '@switchboard/core/evaluation';
import { parseYamlFile } from '@switchboard/ingest';
import { isSwitchboardError, SwitchboardError } from '@switchboard/spec';

/** Where a workspace keeps its rubric; suite discovery (`evals/*.yaml`) must skip it, since it is not a list of cases. */
export const judgeRubricPath = 'evals/rubric.yaml';

/** The rubric the judge grades with, and the file it came from (null: the default). */
export interface WorkspaceRubric {
  readonly rubric: JudgeRubric;
  readonly file: string | null;
}

const criterionSchema = z.strictObject(
  {
    name: z
      .string({ error: 'must be a short key such as correctness' })
      .regex(/^[a-z][a-z0-9_-]{0,39}$/, 'must be a short lower-case key such as correctness or policy_adherence'),
    description: z
      .string({ error: 'must say what a 5 and a 1 mean, in a sentence or two' })
      .trim()
      .min(1, 'must say what a 5 and a 1 mean, in a sentence or two'),
    weight: z.number({ error: 'must be a positive number such as 1 or 2' }).positive('must be a positive number such as 1 or 2').default(1),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'is not a known field (known: name, description, weight)' : undefined) },
);

const rubricSchema = z.strictObject(
  {
    criteria: z
      .array(criterionSchema, { error: 'must be a list of criteria: [{name, description, weight}]' })
      .min(1, 'needs at least one criterion'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'is not a known field (known: criteria)' : undefined) },
);

export function readJudgeRubric(workspaceDir: string): WorkspaceRubric {
  const path = join(workspaceDir, judgeRubricPath);
  if (!existsSync(path)) return { rubric: defaultJudgeRubric, file: null };
  const parsed = parseRubricYaml(path, workspaceDir);
  const result = rubricSchema.safeParse(parsed.value ?? {});
  const problems = result.success
    ? duplicateNames(result.data.criteria).map((index) => problemAt(['criteria', index, 'name'], 'repeats an earlier criterion name'))
    : result.error.issues.flatMap((issue) => {
        const path = issue.path as (string | number)[];
        const fields = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...path, key]) : [path];
        return fields.map((field) => problemAt(field, issue.message));
      });
  if (problems.length > 0 || !result.success)
    throw new SwitchboardError('DATASET_INVALID', problems.join('\n'), { details: { file: judgeRubricPath } });
  return { rubric: { criteria: result.data.criteria }, file: judgeRubricPath };

  function problemAt(field: readonly (string | number)[], message: string): string {
    const line = parsed.lineOf?.(field);
    const label =
      field.length === 0
        ? 'the rubric'
        : field.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
    return `${judgeRubricPath}: ${label} ${message}${line ? ` (line ${line})` : ''}`;
  }
}

function duplicateNames(criteria: readonly { name: string }[]): number[] {
  return criteria.flatMap((criterion, index) => (criteria.findIndex((other) => other.name === criterion.name) < index ? [index] : []));
}

/** A syntax error in the file is a dataset problem like any other, named by the rubric's path. */
function parseRubricYaml(path: string, workspaceDir: string): ReturnType<typeof parseYamlFile> {
  try {
    return parseYamlFile(path, workspaceDir);
  } catch (error) {
    if (!isSwitchboardError(error)) throw error;
    throw new SwitchboardError('DATASET_INVALID', error.message, { cause: error, details: error.details });
  }
}
