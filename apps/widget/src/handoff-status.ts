/**
 * Who has the conversation, in the customer's words: the header status line, and the notice a change deserves
 * ("Dana has joined the conversation"). The same change can arrive twice (the handoff route's answer and the events
 * stream), so a repeat yields no second notice.
 */
import { fillLabel } from './choose-labels.js';
import type { HandoffUpdate, MessageReply } from './conversation-types.js';
import type { Labels } from './labels.js';

/** What the widget knows of the handoff: none, one it saw change, or one it only knows exists (after a reload). */
export type HandoffState = HandoffUpdate | { readonly id: null; readonly status: 'unknown'; readonly claimedBy: null } | null;

export interface HandoffView {
  /** The header status line. */
  readonly status: string;
  /** True while a person has or is about to have the conversation ("Talk to a person" is then moot). */
  readonly withPerson: boolean;
}

export function describeHandoff(state: HandoffState, labels: Labels): HandoffView {
  if (state === null || state.status === 'released') return { status: labels.statusBot, withPerson: false };
  if (state.status === 'open') return { status: labels.statusWaiting, withPerson: true };
  if (state.status === 'claimed' && state.claimedBy)
    return { status: fillLabel(labels.statusHuman, { name: state.claimedBy }), withPerson: true };
  return { status: labels.statusHumanUnknown, withPerson: true };
}

/** The notice for going from `previous` to `next`, or null when nothing changed that the customer needs to hear. */
export function handoffNotice(previous: HandoffState, next: HandoffUpdate, labels: Labels): string | null {
  if (previous?.id === next.id && previous.status === next.status && previous.claimedBy === next.claimedBy) return null;
  // After a reload the widget knows only that a person has the conversation, and the events stream's first handoff
  // event says which state it is in: that is how things stood, not news (its notice is in the history already).
  if (previous?.status === 'unknown' && next.status !== 'released') return null;
  if (next.status === 'open') return previous?.status === 'open' ? null : labels.handoffRequested;
  if (next.status === 'claimed') {
    if (!next.claimedBy) return previous?.status === 'claimed' ? null : labels.someoneJoined;
    return previous?.status === 'claimed' && previous.claimedBy === next.claimedBy
      ? null
      : fillLabel(labels.joined, { name: next.claimedBy });
  }
  // Released: only worth saying when the customer was with a person.
  return previous === null || previous.status === 'released' ? null : labels.backWithAssistant;
}

/**
 * The handoff a message reply reports, as an update, when it tells something new: a reply says `transferred` with the
 * handoff's id and status but not the agent's name, so a name already known is kept.
 */
export function handoffFromReply(state: HandoffState, reported: NonNullable<MessageReply['handoff']>): HandoffUpdate | null {
  if (reported.mode !== 'transferred') return null;
  const id = reported.id ?? '';
  const status = reported.status ?? 'open';
  const same = state !== null && state.id === id;
  if (same && state.status === status) return null;
  return { id, status, claimedBy: same ? state.claimedBy : null };
}
