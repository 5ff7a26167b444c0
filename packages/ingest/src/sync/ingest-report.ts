/** The totals of one or more ingest runs, with every failure and warning and the counts of each run by name. */
import type { IngestFailure, IngestSummary, IngestWarning } from '../ingest-files.js';

export interface IngestCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removed: number;
  readonly skipped: number;
  readonly empty: number;
}

/** What `ingest --json` and `sync --json` print, keys in print order. */
export interface IngestReport extends IngestCounts {
  readonly failed: readonly IngestFailure[];
  readonly warnings: readonly IngestWarning[];
  readonly sources: Record<string, IngestCounts & { readonly failed: number; readonly warnings: number }>;
}

export function ingestReport(summaries: ReadonlyMap<string, IngestSummary>): IngestReport {
  const all = [...summaries.values()];
  const counts = (summary: IngestCounts): IngestCounts => ({
    added: summary.added,
    updated: summary.updated,
    unchanged: summary.unchanged,
    removed: summary.removed,
    skipped: summary.skipped,
    empty: summary.empty,
  });
  const total = (key: keyof IngestCounts): number => all.reduce((sum, s) => sum + s[key], 0);
  return {
    added: total('added'),
    updated: total('updated'),
    unchanged: total('unchanged'),
    removed: total('removed'),
    skipped: total('skipped'),
    empty: total('empty'),
    failed: all.flatMap((s) => s.failed),
    warnings: all.flatMap((s) => s.warnings),
    sources: Object.fromEntries(
      [...summaries].map(([name, s]) => [name, { ...counts(s), failed: s.failed.length, warnings: s.warnings.length }]),
    ),
  };
}
