/** Reads switchboard.yaml, validates it once and reports every problem with its line. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { SwitchboardError } from '@switchboard/spec';
import { configSchema, type SwitchboardConfig } from './config-schema.js';

export const configFileName = 'switchboard.yaml';

/** One problem found in a config file. */
export interface ConfigProblem {
  readonly file: string;
  readonly line: number | null;
  readonly field: string;
  readonly message: string;
}

/** Parses and validates YAML text; throws CONFIG_INVALID listing every problem. */
export function parseConfig(text: string, file: string): SwitchboardConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: ConfigProblem[] = document.errors.map((error) => ({
    file,
    line: lineCounter.linePos(error.pos[0]).line,
    field: '(yaml)',
    message: error.message.split('\n')[0] ?? error.message,
  }));
  if (problems.length === 0) {
    const raw: unknown = document.toJS() ?? {};
    const result = configSchema.safeParse(raw);
    if (result.success) return deepFreeze(result.data);
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      problems.push({ file, line: lineOf(document, issue.path, lineCounter), field: path.join('.') || '(root)', message: issue.message });
    }
  }
  throw new SwitchboardError('CONFIG_INVALID', formatProblems(problems), { details: { problems } });
}

/** Loads `<dir>/switchboard.yaml`; a missing file gives the defaults. */
export function loadConfig(directory: string): SwitchboardConfig {
  const file = join(directory, configFileName);
  if (!existsSync(file)) return deepFreeze(configSchema.parse({}));
  return parseConfig(readFileSync(file, 'utf8'), file);
}

/** The line of the node at `path`, or of its nearest existing parent. */
export function lineOf(document: ReturnType<typeof parseDocument>, path: readonly PropertyKey[], lineCounter: LineCounter): number | null {
  // Walk up the path until a node exists: a missing key is reported at its parent.
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return null;
}

export function formatProblems(problems: readonly ConfigProblem[], what = 'configuration'): string {
  const lines = problems.map((p) => `  ${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.field}: ${p.message}`);
  return `${what} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
