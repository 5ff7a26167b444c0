/** Reads YAML text and validates it with a zod schema, every problem with its file, line and field. */
import { LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'zod';

/** One problem found in a config file. */
export interface ConfigProblem {
  readonly file: string;
  readonly line: number | null;
  readonly field: string;
  readonly message: string;
}

export interface ValidatedYaml<T> {
  /** The value, when the text parsed and the schema accepted it; else null and `problems` says why. */
  readonly value: T | null;
  readonly problems: ConfigProblem[];
  /** The line of the node at a path (or its nearest parent), for problems the caller finds beyond the schema. */
  lineOf(path: readonly PropertyKey[]): number | null;
}

export function validateYaml<T>(text: string, file: string, schema: z.ZodType<T>): ValidatedYaml<T> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (path: readonly PropertyKey[]) => lineOf(document, path, lineCounter);
  const problems: ConfigProblem[] = document.errors.map((error) => ({
    file,
    line: lineCounter.linePos(error.pos[0]).line,
    field: '(yaml)',
    message: error.message.split('\n')[0] ?? error.message,
  }));
  if (problems.length > 0) return { value: null, problems, lineOf: at };
  const result = schema.safeParse(document.toJS() ?? {});
  if (result.success) return { value: result.data, problems, lineOf: at };
  for (const issue of result.error.issues)
    problems.push({ file, line: at(issue.path), field: issue.path.map(String).join('.') || '(root)', message: issue.message });
  return { value: null, problems, lineOf: at };
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
