/** How the Shadow page words and formats a shadow report: rates with their counts, overlaps, each side of an example. */
import type { ShadowExampleKind, ShadowExampleSide, ShadowRate, ShadowReport, ShadowResponse, ShadowRun } from '../api/shadow-types';
import { formatPercent } from '../format/format-value';

/** The run and its report, or null for {run: null, report: null}. */
export function shadowRunOf(response: ShadowResponse | null): { readonly run: ShadowRun; readonly report: ShadowReport } | null {
  return response?.run && response.report ? { run: response.run, report: response.report } : null;
}

/** A share with the count behind it: `12.5% (3 of 24)`; `—` when nothing was counted. */
export function formatShadowRate(rate: ShadowRate, of: number): string {
  if (rate.rate === null || !Number.isFinite(rate.rate) || of === 0) return '—';
  return `${formatPercent(rate.rate)} (${rate.count} of ${of})`;
}

/** The candidate's failures over the messages it was asked to answer: `6.7% (2 of 30)`; `0` before any message. */
export function formatShadowErrors(report: Pick<ShadowReport, 'errors' | 'messages'>): string {
  if (report.messages === 0) return '0';
  return formatShadowRate({ count: report.errors, rate: report.errors / report.messages }, report.messages);
}

/** A mean overlap from 0 (nothing in common) to 1 (the same): two decimals, `—` when none was compared. */
export function formatOverlap(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toFixed(2);
}

const kindLabels: Readonly<Record<ShadowExampleKind, string>> = {
  intent: 'Intent differs',
  handoff: 'Handoff differs',
  grounding: 'Candidate grounding failed',
  error: 'Candidate failed',
};

/** Why an example was kept, for people; the raw kind when unknown. */
export function exampleKindLabel(kind: ShadowExampleKind): string {
  return kindLabels[kind] ?? kind;
}

/** One side's decisions: `intent refund · handoff transferred`, `no intent · no handoff`; `no reply` without one. */
export function describeSide(side: Pick<ShadowExampleSide, 'intent' | 'handoff'> | null): string {
  if (!side) return 'no reply';
  return `${side.intent ? `intent ${side.intent}` : 'no intent'} · ${side.handoff ? `handoff ${side.handoff}` : 'no handoff'}`;
}

/** A reply's text on one line, cut at `max` characters with an ellipsis. */
export function excerpt(text: string, max = 240): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** Who started or stopped a run; `unknown` when not recorded. */
export function runActor(by: string | null | undefined): string {
  return by && by.trim() !== '' ? by : 'unknown';
}
