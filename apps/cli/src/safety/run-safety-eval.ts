/** Safety evaluation: runs the shipped filter over a labelled file and scores what it flags. */
import { createDefaultSafetyFilter, scoreSafety, type SafetyMetrics } from '@switchboard/core';
import { readSafetyRows } from './read-safety-rows.js';

export interface SafetyEvalResult {
  readonly rows: number;
  readonly metrics: SafetyMetrics;
}

/** A row counts as flagged when the filter's action is anything but `continue`. */
export function runSafetyEval(file: string): SafetyEvalResult {
  const rows = readSafetyRows(file);
  const filter = createDefaultSafetyFilter();
  const judgements = rows.map((row) => ({
    label: row.label,
    category: row.category,
    flagged: filter.check(row.text).action !== 'continue',
  }));
  return { rows: rows.length, metrics: scoreSafety(judgements) };
}
