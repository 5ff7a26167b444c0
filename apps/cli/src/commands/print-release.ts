/** How `switchboard release` prints releases, their listing and their differences. */
import type { SnapshotChange } from '@switchboard/core/release';
import type { Release } from '@switchboard/spec';
import { formatTable, printLine } from '../output.js';

export interface ReleaseSummary {
  readonly name: string;
  readonly hash: string;
  readonly createdAt: string;
  readonly note: string | null;
  readonly forced: string | null;
  readonly evalRunId: string;
  readonly knowledgeVersion: number;
  readonly serving: boolean;
}

export function releaseSummary(release: Release, serving: boolean): ReleaseSummary {
  const { name, hash, createdAt, note, forced, snapshot } = release;
  return { name, hash, createdAt, note, forced, evalRunId: snapshot.evalRunId, knowledgeVersion: snapshot.knowledgeVersion, serving };
}

export function printReleaseList(rows: readonly ReleaseSummary[]): void {
  if (rows.length === 0) return printLine('no releases: create one with `switchboard release create NAME` (it runs the gate first)');
  printLine(
    formatTable(
      ['', 'name', 'hash', 'created', 'gate run', 'note'],
      rows.map((row) => [
        row.serving ? '*' : '',
        row.name,
        row.hash.slice(0, 12),
        row.createdAt,
        row.evalRunId,
        row.forced === null ? (row.note ?? '') : `FORCED: ${row.forced}${row.note === null ? '' : ` (${row.note})`}`,
      ]),
    ),
  );
  printLine('\n* serving');
}

export function printRelease(release: Release, serving: boolean): void {
  const { snapshot } = release;
  printLine(`release ${release.name}${serving ? ' (serving)' : ''}`);
  printLine(`hash       ${release.hash}`);
  printLine(`created    ${release.createdAt}`);
  if (release.note !== null) printLine(`note       ${release.note}`);
  printLine(`gate run   ${snapshot.evalRunId}${release.forced === null ? ' (passed)' : ` (failed; forced: ${release.forced})`}`);
  printLine(`knowledge  version ${snapshot.knowledgeVersion}`);
  printLine(`config     ${Object.keys(snapshot.config).sort().join(', ')}`);
  const files = Object.keys(snapshot.files);
  printLine(`files      ${files.length === 0 ? 'none' : files.join(', ')}`);
}

const show = (value: unknown): string => {
  if (typeof value === 'string' && value.includes('\n')) return `(${value.split('\n').length} lines)`;
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

export function printDiff(a: string, b: string, changes: readonly SnapshotChange[]): void {
  if (changes.length === 0) return printLine(`${a} and ${b} hold the same snapshot`);
  printLine(`${a} -> ${b}: ${changes.length} change${changes.length === 1 ? '' : 's'}`);
  for (const change of changes) {
    if (change.change === 'added') printLine(`+ ${change.path}: ${show(change.after)}`);
    else if (change.change === 'removed') printLine(`- ${change.path}: ${show(change.before)}`);
    else printLine(`~ ${change.path}: ${show(change.before)} -> ${show(change.after)}`);
  }
}
