/**
 * The outcome of one conversation, derived from its events alone as of a given time: resolved by the bot or by a
 * person, escalated, abandoned, or reopened. Pure: the clock is the `asOf` argument. Definitions: docs/evaluation.md.
 */
import type { SwitchboardEvent } from '@switchboard/spec';
import { agentOutcomes, type AgentOutcome } from './outcome-evidence.js';
import { defaultOutcomeSettings, type OutcomeSettings } from './outcome-settings.js';

export const outcomeLabels = ['resolved_bot', 'resolved_human', 'escalated', 'abandoned', 'reopened', 'open'] as const;
export type OutcomeLabel = (typeof outcomeLabels)[number];

export interface OutcomeRecord {
  /** `open` while nothing has settled it yet (the customer may still write within the inactivity window). */
  readonly outcome: OutcomeLabel;
  /** Whether the passage of time alone can no longer change `outcome` (a resolution past its reopen window, say). */
  readonly final: boolean;
  /** The latest resolution, by whom and when (a bot resolution is dated by its answer); null when none. */
  readonly resolution: { readonly by: 'bot' | 'human'; readonly at: string } | null;
  /** When the customer came back within the reopen window of a resolution, or a linked ticket was reopened. */
  readonly reopens: readonly string[];
  /** The first handoff: its reason and when it was opened. */
  readonly escalation: { readonly reason: string; readonly at: string } | null;
  /** A person took part: a handoff was opened, a human replied, an agent says a person resolved it, or a ticket links it. */
  readonly reachedHuman: boolean;
  /** The latest outcome an agent stated. */
  readonly agentOutcome: { readonly outcome: AgentOutcome; readonly at: string; readonly note: string | null } | null;
  /** The latest good/bad rating on a linked Zendesk ticket. */
  readonly ticketSatisfaction: 'good' | 'bad' | null;
}

type Turn = { readonly kind: 'answered' | 'declined' | 'refused'; readonly at: number };
type Resolution = { readonly by: 'bot' | 'human'; readonly at: number };

const botTurns: Readonly<Record<string, Turn['kind']>> = {
  'message.answered': 'answered',
  'message.declined': 'declined',
  'message.refused': 'refused',
};
const resolvedStatuses = new Set(['solved', 'closed']);
const iso = (time: number): string => new Date(time).toISOString();

/** `events`: one conversation's, in the order they were appended; only those before `asOf` are read. */
export function deriveOutcome(
  events: readonly SwitchboardEvent[],
  asOf: string,
  settings: OutcomeSettings = defaultOutcomeSettings,
): OutcomeRecord {
  let turn: Turn | null = null;
  let resolution: Resolution | null = null;
  let lastResolution: Resolution | null = null;
  let abandoned = false;
  let handoffOpen = false;
  let handedOff = false;
  let humanReplied = false;
  let reachedHuman = false;
  let escalation: OutcomeRecord['escalation'] = null;
  let agentOutcome: OutcomeRecord['agentOutcome'] = null;
  let ticketSatisfaction: OutcomeRecord['ticketSatisfaction'] = null;
  const reopens: number[] = [];
  const ticketReopens = new Map<string, number>();

  const resolve = (by: Resolution['by'], at: number): void => {
    resolution = lastResolution = { by, at };
    abandoned = false;
    turn = null;
  };
  const reopen = (at: number): void => {
    reopens.push(at);
    resolution = null;
  };
  /** Time passed: the bot's last turn settles once the customer has been silent for the inactivity window. */
  const settle = (now: number): void => {
    if (turn === null || handoffOpen || now - turn.at < settings.inactivityMs) return;
    // After a handoff the conversation reached the queue, so a later answer is no longer the bot's resolution.
    if (turn.kind === 'answered') {
      if (!handedOff) resolve('bot', turn.at);
    } else if (resolution === null) abandoned = true;
    turn = null;
  };
  /** The customer wrote or asked for a person: within the window of a resolution that reopens it; later, a new matter. */
  const customerReturned = (at: number): void => {
    if (resolution !== null && at - resolution.at <= settings.reopenMs) reopen(at);
    resolution = null;
    abandoned = false;
    turn = null;
  };

  const end = Date.parse(asOf);
  for (const event of events) {
    const at = Date.parse(event.at);
    if (at >= end) break;
    settle(at);
    const { data } = event;
    const kind = botTurns[event.type];
    if (kind) turn = { kind, at };
    else if (event.type === 'message.received' || event.type === 'handoff.requested') customerReturned(at);
    else if (event.type === 'handoff.created') {
      handoffOpen = handedOff = reachedHuman = true;
      humanReplied = false;
      turn = null;
      abandoned = false;
      escalation ??= { reason: typeof data['reason'] === 'string' ? data['reason'] : 'unknown', at: event.at };
    } else if (event.type === 'message.human') humanReplied = reachedHuman = true;
    else if (event.type === 'handoff.released') {
      handoffOpen = false;
      // A release after a person replied is a person's resolution; one without a reply just gives the bot back.
      if (humanReplied) resolve('human', at);
      humanReplied = false;
    } else if (event.type === 'outcome.recorded') {
      const stated = data['outcome'];
      if (!(agentOutcomes as readonly unknown[]).includes(stated)) continue;
      const statedAt = typeof data['at'] === 'string' && !Number.isNaN(Date.parse(data['at'])) ? Date.parse(data['at']) : at;
      const outcome = stated as AgentOutcome;
      agentOutcome = { outcome, at: iso(statedAt), note: typeof data['note'] === 'string' ? data['note'] : null };
      if (outcome === 'resolved_bot') resolve('bot', statedAt);
      else if (outcome === 'resolved_human') {
        // A person resolved it, whether or not the log shows a handoff (a phone call, say): it was not deflected.
        reachedHuman = true;
        resolve('human', statedAt);
      } else if (outcome === 'reopened') reopen(statedAt);
      else {
        resolution = null;
        turn = null;
        abandoned = true;
      }
    } else if (event.type === 'ticket.outcome') {
      reachedHuman = true;
      const ticketId = String(data['ticketId']);
      const ticketTime = (field: string): number => {
        const value = data[field];
        return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? Date.parse(value) : at;
      };
      // A ticket opened within the window of the bot's resolution is the customer back through another channel.
      const standing = resolution as Resolution | null;
      const created = typeof data['createdAt'] === 'string' ? Date.parse(data['createdAt']) : Number.NaN;
      if (!ticketReopens.has(ticketId) && standing?.by === 'bot' && created >= standing.at && created - standing.at <= settings.reopenMs)
        reopen(created);
      const count = typeof data['reopens'] === 'number' ? data['reopens'] : 0;
      // Zendesk does not date a reopen, and reopens a solved ticket only until it closes (4 days by default), so a
      // rise in the count is taken as a reopen without the window test, dated by the ticket's last update.
      if (count > (ticketReopens.get(ticketId) ?? 0)) reopen(ticketTime('updatedAt'));
      ticketReopens.set(ticketId, Math.max(count, ticketReopens.get(ticketId) ?? 0));
      if (resolvedStatuses.has(String(data['status']))) resolve('human', ticketTime(data['solvedAt'] ? 'solvedAt' : 'updatedAt'));
      if (data['satisfaction'] === 'good' || data['satisfaction'] === 'bad') ticketSatisfaction = data['satisfaction'];
    }
  }
  settle(end);

  const current = resolution as Resolution | null;
  const outcome: OutcomeLabel =
    reopens.length > 0
      ? 'reopened'
      : current
        ? current.by === 'bot'
          ? 'resolved_bot'
          : 'resolved_human'
        : abandoned
          ? 'abandoned'
          : escalation
            ? 'escalated'
            : 'open';
  const final =
    outcome === 'reopened' ||
    outcome === 'abandoned' ||
    (outcome === 'escalated' && !handoffOpen) ||
    (current !== null && end - current.at > settings.reopenMs);
  const latest = lastResolution as Resolution | null;
  return {
    outcome,
    final,
    resolution: latest ? { by: latest.by, at: iso(latest.at) } : null,
    reopens: reopens.map(iso),
    escalation,
    reachedHuman,
    agentOutcome,
    ticketSatisfaction,
  };
}
