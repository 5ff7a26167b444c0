/** The shadow report: production and the candidate compared over a run's `shadow.reply` events. Pure. */
import type { ShadowRun, SwitchboardEvent } from '@switchboard/spec';
import { percentile } from '../evaluation/answer-metrics.js';
import type { ShadowComparison } from './compare-shadow.js';
import { shadowReplyEvent } from './shadow-reply.js';
import type { ShadowSide, ShadowToolCall } from './shadow-side.js';

/** A count and its share of the compared messages (null when none was compared). */
export interface ShadowRate {
  readonly count: number;
  readonly rate: number | null;
}

export interface ShadowLatency {
  readonly p50: number | null;
  readonly p95: number | null;
}

export type ShadowExampleKind = 'intent' | 'handoff' | 'grounding' | 'error';

/** One message the two sides disagreed on, so a reviewer can open the conversation. */
export interface ShadowExample {
  readonly kind: ShadowExampleKind;
  readonly conversationId: string | null;
  readonly messageId: string;
  readonly at: string;
  readonly production: { readonly intent: string | null; readonly handoff: string | null; readonly text: string };
  readonly shadow: { readonly intent: string | null; readonly handoff: string | null; readonly text: string } | null;
  /** The candidate's grounding failures, or its error. */
  readonly detail: string | null;
}

export interface ShadowReport {
  readonly release: string;
  readonly percent: number;
  readonly state: ShadowRun['state'];
  readonly startedAt: string;
  readonly stoppedAt: string | null;
  /** `shadow.reply` events of the run: the messages the candidate was asked to answer. */
  readonly messages: number;
  /** Of them, those where the candidate failed (no comparison). */
  readonly errors: number;
  /** Messages both sides answered: the denominator of every rate and mean below. */
  readonly compared: number;
  readonly intentDisagreement: ShadowRate;
  readonly handoffDisagreement: ShadowRate;
  /** Mean ROUGE-L F1 of the candidate's reply against production's; null when none was compared. */
  readonly answerOverlap: number | null;
  /** Mean Jaccard of the cited chunk ids; null when none was compared. */
  readonly citationOverlap: number | null;
  /** Replies with at least one grounding failure, on each side. */
  readonly groundingFailures: { readonly production: ShadowRate; readonly shadow: ShadowRate };
  readonly latency: { readonly production: ShadowLatency; readonly shadow: ShadowLatency };
  /** Model spend over the compared messages, US dollars. */
  readonly cost: { readonly production: number; readonly shadow: number };
  /** Writes the candidate would have made and did not (dry runs). */
  readonly dryRunToolCalls: number;
  /** Up to `maxExamples` disagreements, newest first. */
  readonly examples: readonly ShadowExample[];
}

interface ShadowReplyData {
  readonly runId: string;
  readonly production: ShadowSide & { readonly messageId: string };
  readonly shadow: (ShadowSide & { readonly toolCalls: readonly ShadowToolCall[] }) | null;
  readonly comparison: ShadowComparison | null;
  readonly error: string | null;
}

/** A reply both sides answered. */
type ComparedReply = ShadowReplyData & { readonly shadow: ShadowSide; readonly comparison: ShadowComparison };

const round = (value: number, places = 4): number => Math.round(value * 10 ** places) / 10 ** places;
const rate = (count: number, of: number): ShadowRate => ({ count, rate: of === 0 ? null : round(count / of) });
const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : round(values.reduce((sum, value) => sum + value, 0) / values.length);
const latency = (values: readonly number[]): ShadowLatency =>
  values.length === 0 ? { p50: null, p95: null } : { p50: round(percentile(values, 0.5), 1), p95: round(percentile(values, 0.95), 1) };

/** The report of `run` over the event log (events of other runs and types are ignored). */
export function shadowReport(run: ShadowRun, events: readonly SwitchboardEvent[], maxExamples = 10): ShadowReport {
  const replies = events.filter((event) => event.type === shadowReplyEvent && event.data['runId'] === run.id);
  const compared: { readonly event: SwitchboardEvent; readonly data: ComparedReply }[] = [];
  const examples: ShadowExample[] = [];
  const example = (kind: ShadowExampleKind, event: SwitchboardEvent, data: ShadowReplyData, detail: string | null): void => {
    const { intent, handoff, text } = data.production;
    examples.push({
      kind,
      conversationId: event.conversationId,
      messageId: data.production.messageId,
      at: event.at,
      production: { intent, handoff, text },
      shadow: data.shadow ? { intent: data.shadow.intent, handoff: data.shadow.handoff, text: data.shadow.text } : null,
      detail,
    });
  };
  let errors = 0;
  for (const event of replies) {
    const data = event.data as unknown as ShadowReplyData;
    if (!data.shadow || !data.comparison) {
      errors += 1;
      example('error', event, data, data.error);
      continue;
    }
    compared.push({ event, data: data as ComparedReply });
    if (!data.comparison.intentAgrees) example('intent', event, data, null);
    else if (!data.comparison.handoffAgrees) example('handoff', event, data, null);
    else if (data.shadow.groundingFailures.length > 0) example('grounding', event, data, data.shadow.groundingFailures.join(', '));
  }
  const n = compared.length;
  const count = (test: (data: ComparedReply) => boolean): number => compared.filter(({ data }) => test(data)).length;
  return {
    release: run.release,
    percent: run.percent,
    state: run.state,
    startedAt: run.startedAt,
    stoppedAt: run.stoppedAt,
    messages: replies.length,
    errors,
    compared: n,
    intentDisagreement: rate(
      count((data) => !data.comparison.intentAgrees),
      n,
    ),
    handoffDisagreement: rate(
      count((data) => !data.comparison.handoffAgrees),
      n,
    ),
    answerOverlap: mean(compared.map(({ data }) => data.comparison.answerOverlap)),
    citationOverlap: mean(compared.map(({ data }) => data.comparison.citationOverlap)),
    groundingFailures: {
      production: rate(
        count((data) => data.production.groundingFailures.length > 0),
        n,
      ),
      shadow: rate(
        count((data) => data.shadow.groundingFailures.length > 0),
        n,
      ),
    },
    latency: {
      production: latency(compared.map(({ data }) => data.production.milliseconds)),
      shadow: latency(compared.map(({ data }) => data.shadow.milliseconds)),
    },
    cost: {
      production: round(
        compared.reduce((sum, { data }) => sum + data.production.costUsd, 0),
        6,
      ),
      shadow: round(
        compared.reduce((sum, { data }) => sum + data.shadow.costUsd, 0),
        6,
      ),
    },
    dryRunToolCalls: replies.reduce(
      (sum, event) => sum + ((event.data as unknown as ShadowReplyData).shadow?.toolCalls ?? []).filter((call) => call.dryRun).length,
      0,
    ),
    examples: examples.reverse().slice(0, maxExamples),
  };
}
