/**
 * A stored eval run's tables as the `eval run --html` report shows them: the aggregates against the configured
 * criteria, handoffs by reason, the expected × predicted intent table, and a failed case's transcript.
 */
import type { EvalCase, EvalCriterionResult, EvalReply, EvalRunDetail } from '../api/eval-run-types';
import type { IntentOutcome } from './eval-run-charts';

export interface AggregateRow {
  readonly name: string;
  /** null: the run measured nothing for it. */
  readonly value: number | null;
  /** The criterion declared on it, with its verdict; undefined when none is. */
  readonly criterion?: EvalCriterionResult;
}

/**
 * Every numeric aggregate in the run's order, `regressions` after them when the run had a baseline or a criterion names
 * it, then any criterion on a name the run does not carry (a newer config than the run), so no verdict goes unshown.
 */
export function aggregateRows(run: Pick<EvalRunDetail, 'aggregates' | 'baseline' | 'criteria'>): AggregateRow[] {
  const criteria = new Map(run.criteria.map((criterion) => [criterion.name, criterion]));
  const values = new Map<string, number | null>();
  for (const [name, value] of Object.entries(run.aggregates))
    if (typeof value === 'number' || value === null) values.set(name, typeof value === 'number' && Number.isFinite(value) ? value : null);
  if (run.baseline || criteria.has('regressions')) values.set('regressions', run.baseline?.regressions.length ?? null);
  for (const name of criteria.keys()) if (!values.has(name)) values.set(name, null);
  return [...values].map(([name, value]) => {
    const criterion = criteria.get(name);
    return { name, value: criterion ? criterion.value : value, ...(criterion ? { criterion } : {}) };
  });
}

/** Handoff precision and recall per reason, by reason name. */
export function handoffReasonRows(run: Pick<EvalRunDetail, 'aggregates'>) {
  return Object.entries(run.aggregates.handoffByReason ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([reason, scores]) => ({ reason, precision: scores.precision, recall: scores.recall }));
}

/** Shown for a turn the classifier gave no intent. */
export const noIntent = '(none)';

export interface ConfusionTable {
  /** Row labels: the expected intents. */
  readonly expected: readonly string[];
  /** Column labels: every expected intent and every chosen one. */
  readonly predicted: readonly string[];
  /** counts[row][column]: cases expecting `expected[row]` that got `predicted[column]`. */
  readonly counts: readonly (readonly number[])[];
  /** Per row: cases right, and cases in the row. */
  readonly accuracy: readonly { readonly right: number; readonly total: number }[];
}

export function confusionTable(outcomes: readonly IntentOutcome[]): ConfusionTable {
  const expected = [...new Set(outcomes.map((outcome) => outcome.expected))].sort();
  const predicted = [...new Set([...expected, ...outcomes.map((outcome) => outcome.predicted ?? noIntent)])].sort();
  const count = (row: string, column: string): number =>
    outcomes.filter((outcome) => outcome.expected === row && (outcome.predicted ?? noIntent) === column).length;
  return {
    expected,
    predicted,
    counts: expected.map((row) => predicted.map((column) => count(row, column))),
    accuracy: expected.map((row) => ({ right: count(row, row), total: outcomes.filter((outcome) => outcome.expected === row).length })),
  };
}

export type TranscriptEntry = { readonly kind: 'customer'; readonly text: string } | { readonly kind: 'bot'; readonly reply: EvalReply };

/** Customer turns interleaved with the replies to them (`turn` is 1-based); without recorded turns, the replies alone. */
export function caseTranscript(result: Pick<EvalCase, 'turns' | 'played'>): TranscriptEntry[] {
  const replies = [...result.played.replies].sort((a, b) => a.turn - b.turn);
  const turns = result.turns ?? [];
  const lastTurn = Math.max(turns.length, ...replies.map((reply) => reply.turn));
  return Array.from({ length: lastTurn }, (_, index): TranscriptEntry[] => [
    ...(turns[index] !== undefined ? [{ kind: 'customer' as const, text: turns[index] }] : []),
    ...replies.filter((reply) => reply.turn === index + 1).map((reply) => ({ kind: 'bot' as const, reply })),
  ]).flat();
}
