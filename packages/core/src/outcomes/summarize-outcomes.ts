/**
 * Outcome metrics for the console and `GET /v1/metrics/summary`: how the bot did for the conversations that started
 * in a window, per day, intent, persona or release. Pure: the caller reads the event log and the replies' traces.
 */
import type { PipelineTrace, SwitchboardEvent } from '@switchboard/spec';
import {
  conversationOutcomes,
  unreleased,
  type ConversationOutcome,
  type OutcomeView,
  type OutcomeWindow,
} from './conversation-outcomes.js';
import { outcomeRow, type LabelledConversation, type OutcomeRow } from './outcome-row.js';
import { qualityLabel } from './quality-label.js';
import { raterWeights } from './rater-anomaly.js';

export type OutcomeGrouping = 'day' | 'intent' | 'persona' | 'release';

/** The key of conversations with no intent (or persona) recorded. */
export const noKey = '(none)';

export interface OutcomeSummary extends OutcomeWindow {
  readonly by: OutcomeGrouping;
  /** The time the outcomes were read at: an answer settles, and a resolution can be reopened, only as time passes. */
  readonly asOf: string;
  /** By day in date order; by intent, persona or release, most conversations first. */
  readonly rows: readonly OutcomeRow[];
  /** What the customers' messages in these conversations were classified as (out of scope included), most first. */
  readonly intentMix: readonly { readonly intent: string; readonly count: number }[];
}

export interface OutcomeSummaryInput extends OutcomeWindow, OutcomeView {
  /** The event log from `from` on, in append order (`EventStore.list({since: from})`). */
  readonly events: readonly SwitchboardEvent[];
  /** The replies' traces by id (those `outcomeTraceIds` names); a missing one counts as no reply timing or cost. */
  readonly traces: ReadonlyMap<string, PipelineTrace>;
  readonly by: OutcomeGrouping;
}

/** The traces `summarizeOutcomes` reads for `window`: those of the replies in conversations that started in it. */
export function outcomeTraceIds(events: readonly SwitchboardEvent[], window: OutcomeWindow, view: OutcomeView): string[] {
  return conversationOutcomes(events, window, view).flatMap((conversation) => conversation.traceIds);
}

export function summarizeOutcomes(input: OutcomeSummaryInput): OutcomeSummary {
  const conversations = conversationOutcomes(input.events, input, input);
  const labelled = labelConversations(conversations);
  const groups = new Map<string, LabelledConversation[]>();
  for (const member of labelled) {
    const key = keyOf(member.conversation, input.by, input.traces);
    groups.set(key, [...(groups.get(key) ?? []), member]);
  }
  const rows = [...groups].map(([key, members]) => outcomeRow(key, members, input.traces));
  rows.sort((a, b) => (input.by === 'day' ? byText(a.key, b.key) : b.conversations - a.conversations || byText(a.key, b.key)));
  return { from: input.from, to: input.to, by: input.by, asOf: input.asOf, rows, intentMix: intentMix(conversations) };
}

/**
 * Each conversation's quality label, with its rater's weight from the rater-anomaly filter run over every rated
 * conversation of the window (a rater's pattern shows across groups, not within one day or intent).
 */
export function labelConversations(conversations: readonly ConversationOutcome[]): LabelledConversation[] {
  const weights = raterWeights(
    conversations.flatMap((conversation) =>
      conversation.csat === null || conversation.csatAt === null
        ? []
        : [
            {
              rater: conversation.rater,
              conversationId: conversation.conversationId,
              csat: conversation.csat,
              outcome: conversation.outcome.outcome,
              reopenedAfter: conversation.outcome.reopens.some((at) => at > (conversation.csatAt ?? at)),
            },
          ],
    ),
  );
  return conversations.map((conversation) => {
    const raterWeight = weights.get(conversation.rater)?.weight ?? 1;
    const { outcome, escalation, ticketSatisfaction } = conversation.outcome;
    const label = qualityLabel({
      outcome,
      escalated: escalation !== null,
      csat: conversation.csat,
      thumbsUp: conversation.thumbsUp,
      thumbsDown: conversation.thumbsDown,
      ticketSatisfaction,
      raterWeight,
    });
    return { conversation, label, raterWeight };
  });
}

function keyOf(conversation: ConversationOutcome, by: OutcomeGrouping, traces: ReadonlyMap<string, PipelineTrace>): string {
  if (by === 'day') return conversation.startedAt.slice(0, 10);
  if (by === 'release')
    return conversation.release !== unreleased ? conversation.release : (traceRelease(conversation, traces) ?? unreleased);
  return (by === 'intent' ? conversation.intent : conversation.persona) ?? noKey;
}

/** The release the first reply's trace names, for a release recorded on the trace rather than the event (issue 20). */
function traceRelease(conversation: ConversationOutcome, traces: ReadonlyMap<string, PipelineTrace>): string | null {
  for (const id of conversation.traceIds) {
    const release = (traces.get(id) as { readonly release?: unknown } | undefined)?.release;
    if (typeof release === 'string') return release;
  }
  return null;
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
