/** The rows of `switchboard sources`: each configured source with its stored counts, then sources only in the store. */
import type { SourceStats } from '@switchboard/spec';
import { sourceLocation, type SourceSettings } from './source-settings.js';

/** One row, keys in the order `sources --json` prints them. */
export interface SourceRow {
  readonly name: string;
  readonly type: string;
  /** Path or URL; null for a source that is only in the store (ingested by path). */
  readonly location: string | null;
  readonly configured: boolean;
  readonly documents: number;
  readonly chunks: number;
  readonly lastSyncedAt: string | null;
}

export function sourceRows(configured: readonly SourceSettings[], stored: readonly SourceStats[]): SourceRow[] {
  const byName = new Map(stored.map((source) => [source.name, source]));
  const rows: SourceRow[] = configured.map((source) => ({
    name: source.name,
    type: source.type,
    location: sourceLocation(source),
    configured: true,
    documents: byName.get(source.name)?.documents ?? 0,
    chunks: byName.get(source.name)?.chunks ?? 0,
    lastSyncedAt: byName.get(source.name)?.lastSyncedAt ?? null,
  }));
  // Documents ingested by path under another name are still searchable, so they are listed too (while they have any).
  for (const source of byName.values())
    if (source.documents > 0 && !rows.some((row) => row.name === source.name)) rows.push({ ...source, location: null, configured: false });
  return rows;
}
