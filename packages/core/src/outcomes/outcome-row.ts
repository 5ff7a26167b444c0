/** The figures of one group of conversations (a day, an intent, a persona, a release) in the outcome summary. */
import type { PipelineTrace } from '@switchboard/spec';
import { percentile } from '../evaluation/answer-metrics.js';
import { round } from '../pipeline/stage-recorder.js';
import type { ConversationOutcome } from './conversation-outcomes.js';
import { outcomeLabels, type OutcomeLabel } from './derive-outcome.js';
import type { QualityLabel } from './quality-label.js';

/** The figures of one group of conversations. Every figure of a row is about the same conversations. */
export interface OutcomeRow {
  /** The UTC day the conversations started (YYYY-MM-DD), their intent, persona or release; `(none)` when they have none. */
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
   * Share of the conversations resolved by the bot and not reopened (outcome `resolved_bot`): its last answer was
   * followed by the inactivity window of silence, no handoff was opened, and the customer did not come back within the
   * reopen window. Issue 19's definition; before it, any answered conversation without a handoff counted.
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
  /** Conversations by outcome (docs/evaluation.md, "Outcomes"); `open` ones have not settled yet. */
  readonly byOutcome: Readonly<Record<OutcomeLabel, number>>;
  /** Share reopened: the customer came back within the reopen window of a resolution, or a linked ticket reopened. */
  readonly reopenRate: number;
  /** Share that never reached a person: no handoff, no human reply, no person's resolution, no linked Zendesk ticket. */
  readonly deflectionRate: number;
  /** Escalated conversations by the reason of their first handoff. */
  readonly escalationReasons: Readonly<Record<string, number>>;
  /** Conversations with a 1–5 rating. */
  readonly rated: number;
  /** CSAT with each rating weighted by its rater's trust (the rater-anomaly filter); null when no rating counts. */
  readonly csatFiltered: number | null;
  /** `cost` per conversation the bot resolved (`resolved_bot`); null when it resolved none. */
  readonly costPerResolution: number | null;
  /**
   * Mean score of the composite quality label (-1 to 1), each conversation weighted by the label's confidence, so
   * conversations with no evidence do not drag it to 0; null when no label has any confidence.
   */
  readonly labelMean: number | null;
  /** Mean confidence of the labels (0 to 1); how much evidence `labelMean` stands on. */
  readonly labelConfidence: number;
}

/** A conversation with what the summary adds to it: its quality label and its rater's weight. */
export interface LabelledConversation {
  readonly conversation: ConversationOutcome;
  readonly label: QualityLabel;
  readonly raterWeight: number;
}

export function outcomeRow(key: string, members: readonly LabelledConversation[], traces: ReadonlyMap<string, PipelineTrace>): OutcomeRow {
  const conversations = members.map((member) => member.conversation);
  const total = (count: (conversation: ConversationOutcome) => number): number =>
    conversations.reduce((sum, conversation) => sum + count(conversation), 0);
  const share = (holds: (conversation: ConversationOutcome) => boolean): number =>
    round(conversations.filter(holds).length / conversations.length);
  const rated = members.filter((member) => member.conversation.csat !== null);
  const ratings = rated.map((member) => member.conversation.csat ?? 0);
  const replies = conversations
    .flatMap((conversation) => conversation.traceIds.map((id) => traces.get(id)))
    .filter((trace): trace is PipelineTrace => trace !== undefined);
  const totals = replies.map((trace) => trace.totalMilliseconds);
  const cost = Math.round(replies.reduce((sum, trace) => sum + traceCost(trace), 0) * 1e6) / 1e6;
  const byOutcome = Object.fromEntries(outcomeLabels.map((label) => [label, 0])) as Record<OutcomeLabel, number>;
  const escalationReasons: Record<string, number> = {};
  for (const { outcome } of conversations) {
    byOutcome[outcome.outcome] += 1;
    if (outcome.escalation) escalationReasons[outcome.escalation.reason] = (escalationReasons[outcome.escalation.reason] ?? 0) + 1;
  }
  const trusted = rated.reduce((sum, member) => sum + member.raterWeight, 0);
  const confidence = members.reduce((sum, member) => sum + member.label.confidence, 0);
  return {
    key,
    conversations: conversations.length,
    messages: total((conversation) => conversation.messages),
    answered: total((conversation) => conversation.outcomes.answered),
    declined: total((conversation) => conversation.outcomes.declined),
    refused: total((conversation) => conversation.outcomes.refused),
    held: total((conversation) => conversation.outcomes.held),
    handoffs: total((conversation) => conversation.handoffs),
    automatedResolutionRate: share((conversation) => conversation.outcome.outcome === 'resolved_bot'),
    escalationRate: share((conversation) => conversation.outcome.escalation !== null),
    thumbsUp: total((conversation) => conversation.thumbsUp),
    thumbsDown: total((conversation) => conversation.thumbsDown),
    csat: ratings.length === 0 ? null : round(ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length),
    p50Ms: totals.length === 0 ? null : round(percentile(totals, 0.5)),
    p95Ms: totals.length === 0 ? null : round(percentile(totals, 0.95)),
    stageP95Ms: stageP95(replies),
    cost,
    byOutcome,
    reopenRate: share((conversation) => conversation.outcome.outcome === 'reopened'),
    deflectionRate: share((conversation) => !conversation.outcome.reachedHuman),
    escalationReasons,
    rated: rated.length,
    csatFiltered:
      trusted === 0 ? null : round(rated.reduce((sum, member) => sum + member.raterWeight * (member.conversation.csat ?? 0), 0) / trusted),
    costPerResolution: byOutcome.resolved_bot === 0 ? null : Math.round((cost / byOutcome.resolved_bot) * 1e6) / 1e6,
    labelMean:
      confidence === 0 ? null : round(members.reduce((sum, member) => sum + member.label.score * member.label.confidence, 0) / confidence),
    labelConfidence: round(confidence / members.length),
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

/** Model spend of one reply in US dollars: the `costUsd` its trace stages recorded (0 without an LLM). */
export function traceCost(trace: PipelineTrace): number {
  return trace.stages.reduce((sum, stage) => sum + (typeof stage.detail['costUsd'] === 'number' ? stage.detail['costUsd'] : 0), 0);
}
