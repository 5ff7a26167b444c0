/** Retrieved chunks and search results as rows of a score table: per-field and per-signal columns, union of names. */
import type { ScoreMap } from '../api/types';

export interface ScoredRow {
  readonly chunkId: string;
  readonly rank: number;
  readonly title: string;
  readonly breadcrumb: string;
  readonly score: number | null;
  readonly fieldScores: ScoreMap;
  readonly signals: ScoreMap;
}

/** The column names of a score map across rows, in the order they first appear. */
export function scoreColumns(maps: readonly ScoreMap[]): string[] {
  const names = new Set<string>();
  for (const map of maps) for (const name of Object.keys(map)) names.add(name);
  return [...names];
}

/** The retrieve stage's `detail.chunks` as rows; malformed entries are dropped, missing scores are empty. */
export function retrievedRows(detail: Readonly<Record<string, unknown>>): ScoredRow[] {
  const chunks = detail.chunks;
  if (!Array.isArray(chunks)) return [];
  return chunks.flatMap((chunk, index): ScoredRow[] => {
    if (typeof chunk !== 'object' || chunk === null) return [];
    const record = chunk as Record<string, unknown>;
    return [
      {
        chunkId: typeof record.chunkId === 'string' ? record.chunkId : String(index),
        rank: typeof record.rank === 'number' ? record.rank : index + 1,
        title: typeof record.title === 'string' ? record.title : '(untitled)',
        breadcrumb: typeof record.breadcrumb === 'string' ? record.breadcrumb : '',
        score: typeof record.score === 'number' ? record.score : null,
        fieldScores: numbersOf(record.fieldScores),
        signals: numbersOf(record.signals),
      },
    ];
  });
}

function numbersOf(value: unknown): ScoreMap {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}
