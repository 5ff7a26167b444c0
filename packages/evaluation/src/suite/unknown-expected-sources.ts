/**
 * Expected sources (`cites`, `alsoOk`) that name no document of the workspace. Not an error: a removed article is
 * exactly what a suite must catch (its cases fail and regress), but a typo looks the same, so each is named with its
 * file, case and line.
 */
import { caseProblem } from '../yaml-case-list.js';
import { normalizePath } from './cited-sources.js';
import type { ReadSuiteFile } from './read-eval-suite.js';

export function unknownExpectedSources(
  suites: readonly ReadSuiteFile[],
  documents: readonly { readonly path: string; readonly url: string | null }[],
): string[] {
  const known = new Set([
    ...documents.map((document) => normalizePath(document.path)),
    ...documents.flatMap((document) => document.url ?? []),
  ]);
  return suites.flatMap((suite) =>
    suite.cases.flatMap((testCase, index) =>
      (['cites', 'alsoOk'] as const).flatMap((field) =>
        (testCase.expect[field] ?? []).flatMap((source, position) =>
          known.has(normalizePath(source)) || known.has(source)
            ? []
            : [
                caseProblem(
                  suite.file,
                  { items: suite.cases, lineOf: suite.lineOf },
                  index,
                  ['expect', field, position],
                  `expect.${field}[${position}] '${source}' is not a document of the workspace`,
                ),
              ],
        ),
      ),
    ),
  );
}
