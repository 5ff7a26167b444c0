/**
 * Reads a golden suite (`evals/*.yaml`): a YAML list of cases, one conversation each. Every problem in the file is
 * reported at once, each naming the file, the case (number and id), the field and the line.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { referenceSteps } from '@switchboard/core/evaluation';
import { SwitchboardError } from '@switchboard/spec';
import { caseProblem, readYamlCaseList, schemaProblems } from '../yaml-case-list.js';
import { suiteCaseSchema } from './suite-case-schema.js';
import type { SuiteCase, SuiteFile } from './suite-types.js';

export interface ReadSuiteFile extends SuiteFile {
  /** Line of a field of the case at `index` (0-based), for later messages (an expected path the workspace lacks). */
  lineOf(index: number, field: readonly (string | number)[]): number | undefined;
}

const shape = '- id: …, turns: ["…"], expect: {cites: […], says: […], handoff: …}';

/** `workspaceDir`: a file under it is named relative to it (evals/billing.yaml), in messages and in the run. */
export function readEvalSuite(file: string, workspaceDir?: string): ReadSuiteFile {
  const name = suiteName(file, workspaceDir);
  const list = readYamlCaseList(file, shape, name);
  const problems: string[] = [];
  const cases: SuiteCase[] = [];
  const seen = new Map<string, number>();
  list.items.forEach((raw, index) => {
    const result = suiteCaseSchema.safeParse(raw);
    if (!result.success) {
      problems.push(...schemaProblems(name, list, index, result.error.issues));
      return;
    }
    const testCase = result.data as SuiteCase;
    const previous = seen.get(testCase.id);
    if (previous !== undefined)
      problems.push(caseProblem(name, list, index, ['id'], `id '${testCase.id}' is already used by case ${previous + 1}`));
    else seen.set(testCase.id, index);
    if (testCase.expect.steps === true && referenceSteps(testCase.reference ?? '').length === 0)
      problems.push(
        caseProblem(
          name,
          list,
          index,
          ['expect', 'steps'],
          'expect.steps is true but reference has no numbered steps (lines starting 1. 2. …)',
        ),
      );
    cases.push(testCase);
  });
  if (problems.length === 0 && cases.length === 0) problems.push(`${name}: the file has no cases`);
  if (problems.length > 0) throw new SwitchboardError('DATASET_INVALID', problems.join('\n'));
  return { file: name, cases, lineOf: list.lineOf };
}

/** The name a suite goes by: relative to the workspace when under it, else as given. */
export function suiteName(file: string, workspaceDir?: string): string {
  if (workspaceDir === undefined) return file;
  const path = relative(resolve(workspaceDir), resolve(file));
  return path && !path.startsWith('..') && !isAbsolute(path) ? path.split('\\').join('/') : file;
}
