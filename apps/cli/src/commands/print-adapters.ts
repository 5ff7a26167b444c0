/** How `switchboard adapter list` shows the registered adapters. */
import type { AdapterEntry } from '@switchboard/config';
import { adapterExpiry, adapterLabel } from '@switchboard/core/generation';
import { formatTable, printLine } from '../output.js';

export interface AdapterRow extends AdapterEntry {
  readonly ageDays: number;
  readonly expiresAt: string;
  /** Whole days left (negative: since it expired). */
  readonly daysLeft: number;
  readonly expired: boolean;
}

export function adapterRows(adapters: readonly AdapterEntry[], maxAgeDays: number, now: number): AdapterRow[] {
  return adapters.map((adapter) => {
    const expiry = adapterExpiry(Date.parse(adapter.addedAt), maxAgeDays, now);
    return {
      ...adapter,
      ageDays: expiry.ageDays,
      expiresAt: new Date(expiry.expiresAt).toISOString(),
      daysLeft: expiry.daysLeft,
      expired: expiry.expired,
    };
  });
}

export function printAdapterList(rows: readonly AdapterRow[]): void {
  if (rows.length === 0)
    return printLine('no adapters: register one with `switchboard adapter add NAME --model M --version V --intents LIST`');
  printLine(
    formatTable(
      ['adapter', 'model', 'intents', 'cohorts', 'age', 'expires', 'anchors'],
      rows.map((row) => [
        adapterLabel(row),
        row.model,
        row.intents.join(','),
        row.cohorts.length > 0 ? row.cohorts.join(',') : 'all',
        `${row.ageDays}d`,
        row.expired ? `EXPIRED ${row.expiresAt.slice(0, 10)}` : `${row.expiresAt.slice(0, 10)} (${row.daysLeft}d)`,
        row.anchors.forcedReason
          ? `${row.anchors.regressions.length} regression(s), FORCED: ${row.anchors.forcedReason}`
          : `${row.anchors.regressions.length} regressions (run ${row.anchors.runId ?? '-'})`,
      ]),
    ),
  );
}
