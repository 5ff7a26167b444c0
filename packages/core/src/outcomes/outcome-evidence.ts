/**
 * Outcome evidence from outside the conversation itself, as the conversation service records it: an agent's stated
 * outcome (`outcome.recorded`) and the state of a Zendesk ticket linked to the conversation (`ticket.outcome`).
 */
import type { PendingEvent } from '@switchboard/spec';
import { fnvDigest } from '../text/fnv-digest.js';

/**
 * What an agent may state (POST /v1/conversations/:id/outcome). Not `escalated`: an escalation is a handoff, which
 * the handoff record and its reason already say; a statement without one would make the two disagree.
 */
export const agentOutcomes = ['resolved_bot', 'resolved_human', 'abandoned', 'reopened'] as const;
export type AgentOutcome = (typeof agentOutcomes)[number];

/** The state of a Zendesk ticket that links a conversation, as a tickets export shows it. */
export interface TicketOutcome {
  readonly conversationId: string;
  readonly ticketId: string;
  /** Zendesk's status: new, open, pending, hold, solved or closed. */
  readonly status: string;
  /** How often the ticket was reopened after being solved (`metric_set.reopens`); 0 when the export does not say. */
  readonly reopens: number;
  /** The customer's `satisfaction_rating.score` when they gave one (good or bad); null when offered, unoffered or absent. */
  readonly satisfaction: 'good' | 'bad' | null;
  /** ISO times from the export, when it has them. */
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
  readonly solvedAt: string | null;
}

export type OutcomeEvidence =
  | {
      readonly kind: 'agent';
      readonly outcome: AgentOutcome;
      /** When the outcome happened; the time it is recorded when absent. */
      readonly at?: string;
      readonly note?: string | null;
      /** The agent who stated it (the key's name); null for an admin speaking for nobody in particular. */
      readonly agent?: string | null;
    }
  | { readonly kind: 'ticket'; readonly ticket: TicketOutcome };

/** The event that records `evidence`, and the id the caller is answered with. */
export interface OutcomeEvidenceEvent {
  /** The event's own id when it has one (a ticket's state), so the store refuses the same state twice. */
  readonly event: PendingEvent & { readonly id?: string };
  readonly id: string;
}

export function outcomeEvidenceEvent(evidence: OutcomeEvidence, now: string, newId: (prefix: string) => string): OutcomeEvidenceEvent {
  if (evidence.kind === 'agent') {
    const id = newId('outcome');
    const data = {
      outcomeId: id,
      outcome: evidence.outcome,
      at: evidence.at ?? now,
      note: evidence.note ?? null,
      agent: evidence.agent ?? null,
    };
    return { id, event: { type: 'outcome.recorded', data } };
  }
  const { conversationId, ticketId, status, reopens, satisfaction, createdAt, updatedAt, solvedAt } = evidence.ticket;
  // Derived from the state, not the time it was read: ingesting the same export again records nothing new.
  const id = `evt_ticket_${fnvDigest(JSON.stringify([conversationId, ticketId, status, reopens, satisfaction, createdAt, updatedAt, solvedAt]))}`;
  return { id, event: { id, type: 'ticket.outcome', data: { ticketId, status, reopens, satisfaction, createdAt, updatedAt, solvedAt } } };
}
