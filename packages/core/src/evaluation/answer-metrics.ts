/** Per-stage summaries of an answer evaluation: ROUGE-L, faithfulness, answer rate, context recall and latency percentiles. */
import type { Judgements } from './retrieval-metrics.js';

/** One question answered by one stage. */
export interface AnswerRecord {
  /** ROUGE-L F1 of the answer text (citation markers removed) against the gold answer. */
  readonly rougeL: number;
  /** Share of the answer's fact-stating sentences supported by the chunks they cite; null when declined. */
  readonly faithfulness: number | null;
  readonly declined: boolean;
  readonly milliseconds: number;
}

/** One question's retrieved context. */
export interface ContextRecord {
  /** Share of the gold documents among the chunks handed to the answerer. */
  readonly recall: number;
  readonly milliseconds: number;
}

export interface LatencySummary {
  readonly p50: number;
  readonly p95: number;
}

export interface AnswerStageMetrics {
  /** Mean over every question; a decline is scored as the text the customer sees, as published baselines score every response. */
  readonly rouge_l: number;
  /** Mean over answered questions only. */
  readonly rouge_l_answered: number | null;
  /** Mean over answered questions; null when every question was declined. */
  readonly faithfulness: number | null;
  readonly answer_rate: number;
  readonly latency_ms: LatencySummary;
  readonly queries: number;
}

export interface ContextStageMetrics {
  readonly context_recall: number;
  /** Share of questions with at least one gold document in the context. */
  readonly context_hit_rate: number;
  readonly latency_ms: LatencySummary;
  readonly queries: number;
}

const marker = /\s*\[(?:c?\d+)(?:\s*[,;]\s*c?\d+)*\]/gi;

/** The answer as prose: `[1]` / `[c2]` markers would otherwise count as tokens against the reference. */
export function withoutCitationMarkers(text: string): string {
  return text.replace(marker, '').trim();
}

/** Share of the relevant (grade > 0) judged documents that appear among `documentIds`. */
export function contextRecall(documentIds: readonly string[], judgements: Judgements): number {
  const relevant = [...judgements].filter(([, grade]) => grade > 0).map(([id]) => id);
  if (relevant.length === 0) return 0;
  const present = new Set(documentIds);
  return relevant.filter((id) => present.has(id)).length / relevant.length;
}

/** Percentile with linear interpolation between closest ranks (numpy's default); 0 for no values. */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, fraction));
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

export function summarizeAnswerStage(records: readonly AnswerRecord[]): AnswerStageMetrics {
  const answered = records.filter((record) => !record.declined);
  const faithful = answered.map((record) => record.faithfulness).filter((value): value is number => value !== null);
  return {
    rouge_l: round(mean(records.map((record) => record.rougeL)) ?? 0),
    rouge_l_answered: roundOrNull(mean(answered.map((record) => record.rougeL))),
    faithfulness: roundOrNull(mean(faithful)),
    answer_rate: round(records.length === 0 ? 0 : answered.length / records.length),
    latency_ms: latency(records.map((record) => record.milliseconds)),
    queries: records.length,
  };
}

export function summarizeContextStage(records: readonly ContextRecord[]): ContextStageMetrics {
  return {
    context_recall: round(mean(records.map((record) => record.recall)) ?? 0),
    context_hit_rate: round(records.length === 0 ? 0 : records.filter((record) => record.recall > 0).length / records.length),
    latency_ms: latency(records.map((record) => record.milliseconds)),
    queries: records.length,
  };
}

function latency(milliseconds: readonly number[]): LatencySummary {
  return { p50: round(percentile(milliseconds, 0.5)), p95: round(percentile(milliseconds, 0.95)) };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : round(value);
}
