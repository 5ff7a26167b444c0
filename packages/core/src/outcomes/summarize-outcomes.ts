/**
 * Outcome metrics for the console and `GET /v1/metrics/summary`: how the bot did for the conversations that started
 * in a window, per day, intent or persona. Pure: the caller reads the event log and the replies' traces.
 */
import type { PipelineTrace, SwitchboardEvent } from '@switchboard/spec';
import { percentile } from '../evaluation/answer-metrics.js';
import { round } from '../pipeline/stage-recorder.js';
import { conversationOutcomes, type ConversationOutcome, type OutcomeWindow } from './conversation-outcomes.js';

export type OutcomeGrouping = 'day' | 'intent' | 'persona';

/** The key of conversations with no intent (or persona) recorded. */
export const noKey = '(none)';

/** The figures of one group of conversations. Every figure of a row is about the same conversations. */
export interface OutcomeRow {
  /** The UTC day the conversations started (YYYY-MM-DD), their intent or their persona; `(none)` when they have none. */
  readonly key: string;
  /** Conversations started in the window in which the customer wrote at least once. */
  readonly conversations: number;
  /** The customer's messages in them. */
  readonly messages: number;
  /** Messages the bot answered. */
  readonly answered: number;
  /** Messages the bot declined (it offered a person instead of an answer it was not sure of). */
  readonly declined: number;
  /** Messages the bot refused. */
  readonly refused: number;
  /** Messages held for the person who had the conversation. */
  readonly held: number;
  /** Handoffs opened, by the bot or at the customer's request. */
  readonly handoffs: number;
  /**
   * Share of the conversations that the bot resolved: it answered at least one message and no handoff was opened.
   * (Issue 19 adds that the customer did not come back within 72 hours.)
   */
  readonly automatedResolutionRate: number;
  /** Share of the conversations in which a handoff was opened. */
  readonly escalationRate: number;
  readonly thumbsUp: number;
  readonly thumbsDown: number;
  /** Mean of each rated conversation's latest 1–5 rating; null when none was rated. */
  readonly csat: number | null;
  /** Median and 95th percentile of the replies' total pipeline milliseconds; null when there was no reply. */
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  /** 95th percentile of each stage's milliseconds, over the replies in which the stage ran (not skipped). */
  readonly stageP95Ms: Readonly<Record<string, number>>;
  /** Model spend in US dollars: the `costUsd` the replies' trace stages recorded (0 without an LLM). */
  readonly cost: number;
}

export interface OutcomeSummary extends OutcomeWindow {
  readonly by: OutcomeGrouping;
  /** By day in date order; by intent or persona, most conversations first. */
  readonly rows: readonly OutcomeRow[];
  /** What the customers' messages in these conversations were classified as (out of scope included), most first. */
  readonly intentMix: readonly { readonly intent: string; readonly count: number }[];
}

export interface OutcomeSummaryInput extends OutcomeWindow {
  /** The event log from `from` on, in append order (`EventStore.list({since: from})`). */
  readonly events: readonly SwitchboardEvent[];
  /** The replies' traces by id (those `outcomeTraceIds` names); a missing one counts as no reply timing or cost. */
  readonly traces: ReadonlyMap<string, PipelineTrace>;
  readonly by: OutcomeGrouping;
}

/** The traces `summarizeOutcomes` reads for `window`: those of the replies in conversations that started in it. */
export function outcomeTraceIds(events: readonly SwitchboardEvent[], window: OutcomeWindow): string[] {
  return conversationOutcomes(events, window).flatMap((conversation) => conversation.traceIds);
}

export function summarizeOutcomes(input: OutcomeSummaryInput): OutcomeSummary {
  const conversations = conversationOutcomes(input.events, input);
  const groups = new Map<string, ConversationOutcome[]>();
  for (const conversation of conversations) {
    const key = keyOf(conversation, input.by);
    groups.set(key, [...(groups.get(key) ?? []), conversation]);
  }
  const rows = [...groups].map(([key, members]) => summarizeGroup(key, members, input.traces));
  rows.sort((a, b) => (input.by === 'day' ? byText(a.key, b.key) : b.conversations - a.conversations || byText(a.key, b.key)));
  return { from: input.from, to: input.to, by: input.by, rows, intentMix: intentMix(conversations) };
}

function keyOf(conversation: ConversationOutcome, by: OutcomeGrouping): string {
  if (by === 'day') return conversation.startedAt.slice(0, 10);
  return (by === 'intent' ? conversation.intent : conversation.persona) ?? noKey;
}

function summarizeGroup(key: string, members: readonly ConversationOutcome[], traces: ReadonlyMap<string, PipelineTrace>): OutcomeRow {
  const total = (count: (conversation: ConversationOutcome) => number): number =>
    members.reduce((sum, conversation) => sum + count(conversation), 0);
  const share = (holds: (conversation: ConversationOutcome) => boolean): number => round(members.filter(holds).length / members.length);
  const ratings = members.map((conversation) => conversation.csat).filter((rating): rating is number => rating !== null);
  const replies = members
    .flatMap((conversation) => conversation.traceIds.map((id) => traces.get(id)))
    .filter((trace): trace is PipelineTrace => trace !== undefined);
  const totals = replies.map((trace) => trace.totalMilliseconds);
  return {
    key,
    conversations: members.length,
    messages: total((conversation) => conversation.messages),
    answered: total((conversation) => conversation.outcomes.answered),
    declined: total((conversation) => conversation.outcomes.declined),
    refused: total((conversation) => conversation.outcomes.refused),
    held: total((conversation) => conversation.outcomes.held),
    handoffs: total((conversation) => conversation.handoffs),
    automatedResolutionRate: share((conversation) => conversation.outcomes.answered > 0 && conversation.handoffs === 0),
    escalationRate: share((conversation) => conversation.handoffs > 0),
    thumbsUp: total((conversation) => conversation.thumbsUp),
    thumbsDown: total((conversation) => conversation.thumbsDown),
    csat: ratings.length === 0 ? null : round(ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length),
    p50Ms: totals.length === 0 ? null : round(percentile(totals, 0.5)),
    p95Ms: totals.length === 0 ? null : round(percentile(totals, 0.95)),
    stageP95Ms: stageP95(replies),
    cost: Math.round(replies.reduce((sum, trace) => sum + traceCost(trace), 0) * 1e6) / 1e6,
  };
}

function stageP95(replies: readonly PipelineTrace[]): Record<string, number> {
  const byStage = new Map<string, number[]>();
  for (const stage of replies.flatMap((trace) => trace.stages)) {
    // A skipped stage took no time; counting its zero would pull the percentile of the runs down.
    if ('skipped' in stage.detail) continue;
    byStage.set(stage.name, [...(byStage.get(stage.name) ?? []), stage.milliseconds]);
  }
  return Object.fromEntries([...byStage].map(([name, milliseconds]) => [name, round(percentile(milliseconds, 0.95))]));
}

function traceCost(trace: PipelineTrace): number {
  return trace.stages.reduce((sum, stage) => sum + (typeof stage.detail['costUsd'] === 'number' ? stage.detail['costUsd'] : 0), 0);
}

function intentMix(conversations: readonly ConversationOutcome[]): OutcomeSummary['intentMix'] {
  const counts = new Map<string, number>();
  for (const label of conversations.flatMap((conversation) => conversation.intentLabels)) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts].map(([intent, count]) => ({ intent, count })).sort((a, b) => b.count - a.count || byText(a.intent, b.intent));
}

/** Code-unit order: the same on every machine, whatever its locale. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
