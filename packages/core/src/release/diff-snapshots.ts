/** A key-path diff of two release snapshots: every leaf added, removed or changed, in path order. */
import type { ReleaseSnapshot } from '@switchboard/spec';
import { canonicalJson } from './canonical-json.js';

export interface SnapshotChange {
  /** Dotted key path (`config.retrieval.weights.dense`); array items as `[i]`, file names as `files["policy.yaml"]`. */
  readonly path: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** The value in the first snapshot; absent when added. */
  readonly before?: unknown;
  /** The value in the second snapshot; absent when removed. */
  readonly after?: unknown;
}

export function diffSnapshots(a: ReleaseSnapshot, b: ReleaseSnapshot): SnapshotChange[] {
  const changes: SnapshotChange[] = [];
  walk('', a as unknown, b as unknown, changes);
  return changes;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function childPath(parent: string, key: string): string {
  // File paths hold dots and slashes; they are quoted so the path reads back unambiguously.
  if (parent === 'files' || !/^[A-Za-z_$][\w$]*$/.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

function walk(path: string, before: unknown, after: unknown, changes: SnapshotChange[]): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined) return void changes.push({ path, change: 'added', after });
  if (after === undefined) return void changes.push({ path, change: 'removed', before });
  if (isRecord(before) && isRecord(after)) {
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort())
      walk(childPath(path, key), before[key], after[key], changes);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let index = 0; index < Math.max(before.length, after.length); index += 1)
      walk(`${path}[${index}]`, before[index], after[index], changes);
    return;
  }
  if (canonicalJson(before) !== canonicalJson(after)) changes.push({ path, change: 'changed', before, after });
}
