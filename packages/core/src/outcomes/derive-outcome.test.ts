import { describe, expect, it } from 'vitest';
import type { SwitchboardEvent } from '@switchboard/spec';
import { deriveOutcome } from './derive-outcome.js';

const start = Date.parse('2026-03-01T09:00:00.000Z');
const minute = 60_000;
const hour = 60 * minute;
const at = (offset: number): string => new Date(start + offset).toISOString();
let sequence = 0;
const event = (offset: number, type: string, data: Record<string, unknown> = {}): SwitchboardEvent => ({
  id: `evt_${++sequence}`,
  type,
  at: at(offset),
  conversationId: 'conv_1',
  data,
});
const asked = (offset: number) => event(offset, 'message.received', { text: 'q' });
const answered = (offset: number) => event(offset, 'message.answered', { traceId: 't' });
const declined = (offset: number) => event(offset, 'message.declined', { traceId: 't' });

describe('deriveOutcome', () => {
  const resolvedByBot = [asked(0), answered(1000)];

  it('resolves by the bot only once the customer has been silent for the inactivity window after its answer', () => {
    expect(deriveOutcome(resolvedByBot, at(1000 + 30 * minute - 1))).toMatchObject({ outcome: 'open', final: false, resolution: null });
    expect(deriveOutcome(resolvedByBot, at(1000 + 30 * minute))).toMatchObject({
      outcome: 'resolved_bot',
      // The customer may still come back within 72 hours of the answer.
      final: false,
      resolution: { by: 'bot', at: at(1000) },
      reachedHuman: false,
      escalation: null,
    });
    expect(deriveOutcome(resolvedByBot, at(1000 + 72 * hour + 1))).toMatchObject({ outcome: 'resolved_bot', final: true });
  });

  it('reads a message within the inactivity window as the same conversation going on, not a reopen', () => {
    const record = deriveOutcome([...resolvedByBot, asked(10 * minute), answered(10 * minute + 500)], at(2 * hour));
    expect(record).toMatchObject({ outcome: 'resolved_bot', reopens: [], resolution: { by: 'bot', at: at(10 * minute + 500) } });
  });

  it('reopens when the customer comes back 72 hours after the answer, and not a millisecond later', () => {
    const back = (offset: number) => deriveOutcome([...resolvedByBot, asked(offset)], at(offset + 1));
    expect(back(1000 + 72 * hour)).toMatchObject({ outcome: 'reopened', final: true, reopens: [at(1000 + 72 * hour)] });
    // Later than 72 hours it is a new matter in the same conversation: nothing reopened, and it has not settled yet.
    expect(back(1000 + 72 * hour + 1)).toMatchObject({ outcome: 'open', reopens: [], resolution: { by: 'bot', at: at(1000) } });
  });

  it('reopens when the customer asks for a person after a resolution', () => {
    const record = deriveOutcome(
      [
        ...resolvedByBot,
        event(2 * hour, 'handoff.requested', { reason: 'customer_request' }),
        handoffCreated(2 * hour, 'customer_request'),
      ],
      at(3 * hour),
    );
    expect(record).toMatchObject({
      outcome: 'reopened',
      reopens: [at(2 * hour)],
      escalation: { reason: 'customer_request' },
      reachedHuman: true,
    });
  });

  it('is escalated, with the reason, while a handoff is open; a person who replied and released resolved it', () => {
    const escalated = [asked(0), event(1000, 'message.handoff'), handoffCreated(1000, 'fraud')];
    expect(deriveOutcome(escalated, at(5 * hour))).toMatchObject({
      outcome: 'escalated',
      final: false,
      escalation: { reason: 'fraud', at: at(1000) },
      reachedHuman: true,
    });
    const replied = [...escalated, event(hour, 'message.human', { text: 'done' }), event(hour + 1000, 'handoff.released')];
    expect(deriveOutcome(replied, at(5 * hour))).toMatchObject({
      outcome: 'resolved_human',
      resolution: { by: 'human', at: at(hour + 1000) },
    });
    // Released without a reply: the bot has the conversation back, and nobody resolved it.
    const givenBack = [...escalated, event(hour, 'handoff.released'), asked(2 * hour), answered(2 * hour + 1000)];
    expect(deriveOutcome(givenBack, at(5 * hour))).toMatchObject({ outcome: 'escalated', final: true, resolution: null });
  });

  it('is abandoned when the customer goes silent after a decline, and not when they answer it', () => {
    expect(deriveOutcome([asked(0), declined(1000)], at(1000 + 30 * minute))).toMatchObject({ outcome: 'abandoned', final: true });
    expect(deriveOutcome([asked(0), declined(1000)], at(1000 + 29 * minute))).toMatchObject({ outcome: 'open' });
    expect(deriveOutcome([asked(0), declined(1000), asked(5 * minute), answered(5 * minute + 1)], at(hour))).toMatchObject({
      outcome: 'resolved_bot',
    });
  });

  it("takes an agent's stated outcome at the time the agent gives", () => {
    const stated = event(hour, 'outcome.recorded', { outcome: 'resolved_human', at: at(40 * minute), note: 'called back', agent: 'ann' });
    expect(deriveOutcome([asked(0), declined(1000), stated], at(2 * hour))).toMatchObject({
      outcome: 'resolved_human',
      resolution: { by: 'human', at: at(40 * minute) },
      reachedHuman: true,
      agentOutcome: { outcome: 'resolved_human', at: at(40 * minute), note: 'called back' },
    });
    const reopened = event(2 * hour, 'outcome.recorded', { outcome: 'reopened', at: at(2 * hour) });
    expect(deriveOutcome([...resolvedByBot, reopened], at(3 * hour))).toMatchObject({ outcome: 'reopened', reopens: [at(2 * hour)] });
  });

  it("reads a linked ticket's status, reopens and rating", () => {
    const ticket = (offset: number, status: string, reopens: number, satisfaction: string | null) =>
      event(offset, 'ticket.outcome', { ticketId: '5001', status, reopens, satisfaction, updatedAt: at(offset - minute), solvedAt: null });
    const solved = [...resolvedByBot, ticket(3 * hour, 'solved', 0, 'good')];
    expect(deriveOutcome(solved, at(4 * hour))).toMatchObject({
      outcome: 'resolved_human',
      resolution: { by: 'human', at: at(3 * hour - minute) },
      reachedHuman: true,
      ticketSatisfaction: 'good',
    });
    // The same ticket read again after the customer reopened it: one reopen, dated by the ticket's update.
    const reopened = [...solved, ticket(5 * hour, 'open', 1, 'bad'), ticket(6 * hour, 'open', 1, 'bad')];
    expect(deriveOutcome(reopened, at(7 * hour))).toMatchObject({
      outcome: 'reopened',
      reopens: [at(5 * hour - minute)],
      ticketSatisfaction: 'bad',
    });
  });

  it("reopens the bot's resolution when a linked ticket was opened within 72 hours of it, and not later", () => {
    const opened = (created: number) =>
      event(80 * hour, 'ticket.outcome', { ticketId: '5002', status: 'open', reopens: 0, satisfaction: null, createdAt: at(created) });
    expect(deriveOutcome([...resolvedByBot, opened(1000 + 72 * hour)], at(81 * hour))).toMatchObject({
      outcome: 'reopened',
      reopens: [at(1000 + 72 * hour)],
      reachedHuman: true,
    });
    expect(deriveOutcome([...resolvedByBot, opened(1000 + 72 * hour + 1)], at(81 * hour))).toMatchObject({
      outcome: 'resolved_bot',
      reopens: [],
      reachedHuman: true,
    });
  });

  it('reads no event at or after asOf', () => {
    expect(deriveOutcome([asked(0), declined(1000), handoffCreated(hour, 'customer_request')], at(hour))).toMatchObject({
      outcome: 'abandoned',
      escalation: null,
    });
  });
});

function handoffCreated(offset: number, reason: string): SwitchboardEvent {
  return event(offset, 'handoff.created', { handoffId: 'h1', reason, queue: 'support' });
}
