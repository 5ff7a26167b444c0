/**
 * The reading every case file shares (evals/answers.yaml, evals/*.yaml suites): a YAML list whose problems are reported
 * all at once, each naming the file, the case (number and id), the field and the line.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { z } from 'zod';
import { parseYamlFile } from '@switchboard/ingest';
import { isSwitchboardError, SwitchboardError } from '@switchboard/spec';

export interface YamlCaseList {
  /** The list's items as parsed, not yet checked. */
  readonly items: readonly unknown[];
  /** Line of a field of the case at `index` (0-based), for messages. */
  lineOf(index: number, field: readonly (string | number)[]): number | undefined;
}

/**
 * Reads `file` as a YAML list; `shape` shows what a case looks like, for the message when it is not a list, and
 * messages call the file `name` (the path as given when absent).
 */
export function readYamlCaseList(file: string, shape: string, name = file): YamlCaseList {
  if (!existsSync(file)) throw new SwitchboardError('DATASET_INVALID', `${name}: file not found`);
  const parsed = parseYaml(file, name);
  if (!Array.isArray(parsed.value)) throw new SwitchboardError('DATASET_INVALID', `${name}: expected a YAML list of cases (${shape})`);
  return { items: parsed.value, lineOf: (index, field) => parsed.lineOf?.([index, ...field]) };
}

/** One line per schema issue: `file: case 3 (id 'x'): expect.cites[0] must be … (line 12)`. */
export function schemaProblems(file: string, list: YamlCaseList, index: number, issues: readonly z.core.$ZodIssue[]): string[] {
  const raw = list.items[index];
  return issues.flatMap((issue) => {
    const path = issue.path as (string | number)[];
    // An unknown key is named itself, so a typo (`cite:`) points at its own line.
    const fields = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...path, key]) : [path];
    return fields.map((field) => {
      const label = field.length > 0 ? formatField(field.map(String)) : 'the case';
      const problem =
        issue.code === 'unrecognized_keys'
          ? issue.message
          : valueAt(raw, field) === undefined && field.length > 0
            ? `is missing; it ${issue.message}`
            : issue.message;
      return caseProblem(file, list, index, field, `${label} ${problem}`);
    });
  });
}

/** `file: case 3 (id 'x'): <problem> (line n)`, the line being that of `field` in the case. */
export function caseProblem(file: string, list: YamlCaseList, index: number, field: readonly (string | number)[], problem: string): string {
  const line = list.lineOf(index, field);
  return `${file}: ${caseName(index, list.items[index])}: ${problem}${line ? ` (line ${line})` : ''}`;
}

/** "case 3 (id 'refund-window')": the 1-based position, and the id when the case has one. */
export function caseName(index: number, raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return `case ${index + 1}${typeof id === 'string' && id.trim() ? ` (id '${id.trim()}')` : ''}`;
}

/** The shared YAML reader, with a syntax error named by the path as given and reported as a dataset problem. */
function parseYaml(file: string, name: string): ReturnType<typeof parseYamlFile> {
  const absolute = resolve(file);
  try {
    return parseYamlFile(absolute, dirname(absolute));
  } catch (error) {
    if (!isSwitchboardError(error)) throw error;
    const message = error.message.startsWith(`${basename(absolute)}: `)
      ? error.message.slice(basename(absolute).length + 2)
      : error.message;
    throw new SwitchboardError('DATASET_INVALID', `${name}: ${message}`, { cause: error, details: error.details });
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
