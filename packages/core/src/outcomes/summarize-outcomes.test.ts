import { describe, expect, it } from 'vitest';
import type { PipelineTrace, SwitchboardEvent } from '@switchboard/spec';
import { outcomeTraceIds, summarizeOutcomes } from './summarize-outcomes.js';

let sequence = 0;
const event = (at: string, conversationId: string | null, type: string, data: Record<string, unknown> = {}): SwitchboardEvent => ({
  id: `evt_${++sequence}`,
  type,
  at: `2026-${at}Z`,
  conversationId,
  data,
});
const reply = (at: string, conversationId: string, outcome: string, traceId: string, intent: unknown, persona: string | null) =>
  event(at, conversationId, `message.${outcome}`, { traceId, intent, persona, text: '…' });
const intent = (label: string, outOfScope = false) => ({ label, confidence: 0.9, outOfScope });

// The log as appended: A resolved by the bot; B declined, handed off, then held; C refused; D never wrote; E started
// before the window, F wrote only once the window had settled (a reopen and an inactivity window, 72 h 30 min, after
// its end); G answered, then the customer asked for a person (its trace is missing).
const events: SwitchboardEvent[] = [
  event('02-28T23:00:00.000', 'E', 'conversation.created'),
  event('03-01T01:00:00.000', 'E', 'message.received'),
  reply('03-01T01:00:01.000', 'E', 'answered', 'tE1', intent('refund'), null),
  event('03-01T09:00:00.000', 'A', 'conversation.created'),
  event('03-01T09:00:10.000', 'A', 'message.received'),
  reply('03-01T09:00:11.000', 'A', 'answered', 'tA1', intent('refund'), 'enterprise'),
  event('03-01T09:01:00.000', 'A', 'message.received'),
  reply('03-01T09:01:01.000', 'A', 'answered', 'tA2', intent('refund'), 'enterprise'),
  event('03-01T09:02:00.000', 'A', 'feedback.recorded', { feedbackId: 'f1', messageId: 'm', thumbs: 'up' }),
  event('03-01T09:03:00.000', 'A', 'feedback.recorded', { feedbackId: 'f2', csat: 4 }),
  event('03-01T09:04:00.000', 'A', 'feedback.recorded', { feedbackId: 'f3', csat: 5 }),
  event('03-01T10:00:00.000', 'B', 'conversation.created'),
  event('03-01T10:00:10.000', 'B', 'message.received'),
  reply('03-01T10:00:11.000', 'B', 'declined', 'tB1', intent('oos', true), null),
  event('03-01T10:01:00.000', 'B', 'message.received'),
  reply('03-01T10:01:01.000', 'B', 'handoff', 'tB2', intent('billing'), null),
  event('03-01T10:01:01.000', 'B', 'handoff.created', { handoffId: 'h1', reason: 'customer_request', queue: 'Support' }),
  event('03-01T10:02:00.000', 'B', 'message.received'),
  event('03-01T10:02:00.000', 'B', 'message.held', { messageId: 'm', handoffId: 'h1' }),
  event('03-01T10:03:00.000', 'B', 'feedback.recorded', { feedbackId: 'f4', messageId: 'm', thumbs: 'down' }),
  event('03-01T10:04:00.000', 'B', 'feedback.recorded', { feedbackId: 'f5', csat: 2 }),
  event('03-01T12:00:00.000', null, 'message.answered', { traceId: 'tAsk', intent: intent('refund') }),
  event('03-02T08:00:00.000', 'C', 'conversation.created'),
  event('03-02T08:00:10.000', 'C', 'message.received'),
  reply('03-02T08:00:11.000', 'C', 'refused', 'tC1', null, null),
  event('03-02T09:00:00.000', 'D', 'conversation.created'),
  event('03-02T10:00:00.000', 'G', 'conversation.created'),
  event('03-02T10:00:10.000', 'G', 'message.received'),
  reply('03-02T10:00:11.000', 'G', 'answered', 'tG1', intent('refund'), 'enterprise'),
  event('03-02T10:05:00.000', 'G', 'handoff.created', { handoffId: 'h2', reason: 'customer_request', queue: 'Support' }),
  event('03-02T23:00:00.000', 'F', 'conversation.created'),
  event('03-06T00:30:00.000', 'F', 'message.received'),
];

const trace = (id: string, totalMilliseconds: number, stages: [string, number, Record<string, unknown>?][]): PipelineTrace => ({
  id,
  conversationId: null,
  query: 'q',
  createdAt: '2026-03-01T00:00:00.000Z',
  totalMilliseconds,
  stages: stages.map(([name, milliseconds, detail]) => ({ name, milliseconds, detail: detail ?? {} })),
});
const traces = new Map(
  [
    trace('tA1', 100, [
      ['intent', 0, { skipped: 'no intent model' }],
      ['retrieve', 10],
      ['compose', 5],
      ['generate', 50, { costUsd: 0.002 }],
    ]),
    trace('tA2', 300, [
      ['retrieve', 30],
      ['generate', 200, { costUsd: 0.003 }],
    ]),
    trace('tB1', 50, [['retrieve', 20]]),
    trace('tB2', 20, [['route', 1]]),
    trace('tC1', 10, [['safety', 4]]),
    trace('tE1', 999, [['retrieve', 999]]),
  ].map((stored) => [stored.id, stored]),
);
const window = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' };
// Long after the window: every answer has settled and no resolution can be reopened any more.
const view = { asOf: '2026-03-10T00:00:00.000Z' };

describe('summarizeOutcomes', () => {
  it('reads the traces of the replies in conversations that started in the window, and no other', () => {
    expect(outcomeTraceIds(events, window, view)).toEqual(['tA1', 'tA2', 'tB1', 'tB2', 'tC1', 'tG1']);
  });

  it('sums each day of conversations that started in the window and in which the customer wrote', () => {
    const summary = summarizeOutcomes({ ...window, ...view, events, traces, by: 'day' });
    expect(summary.rows).toEqual([
      {
        key: '2026-03-01',
        conversations: 2,
        messages: 5,
        answered: 2,
        declined: 1,
        refused: 0,
        held: 1,
        handoffs: 1,
        // A: answered, then silent; B handed off.
        automatedResolutionRate: 0.5,
        escalationRate: 0.5,
        thumbsUp: 1,
        thumbsDown: 1,
        // A's latest rating (5, not 4) and B's 2.
        csat: 3.5,
        // Totals 20, 50, 100, 300: interpolated between closest ranks.
        p50Ms: 75,
        p95Ms: 270,
        // A skipped stage is left out; retrieve 10, 20, 30 → 29; generate 50, 200 → 192.5.
        stageP95Ms: { retrieve: 29, compose: 5, generate: 192.5, route: 1 },
        cost: 0.005,
        byOutcome: { resolved_bot: 1, resolved_human: 0, escalated: 1, abandoned: 0, reopened: 0, open: 0 },
        reopenRate: 0,
        deflectionRate: 0.5,
        escalationReasons: { customer_request: 1 },
        rated: 2,
        // Each rater rated one conversation, with nothing to contradict: both count in full.
        csatFiltered: 3.5,
        // A's spend over A, the one conversation the bot resolved.
        costPerResolution: 0.005,
        // A: +0.3 (5) +0.1 (thumbs up) +0.25 (resolved) → 0.565 at 0.605; B: −0.3 (2) −0.25 (thumbs down) −0.15
        // (escalated) → −0.424 at 0.632; weighted by confidence.
        labelMean: 0.06,
        labelConfidence: 0.619,
      },
      {
        key: '2026-03-02',
        conversations: 2,
        messages: 2,
        answered: 1,
        declined: 0,
        refused: 1,
        held: 0,
        handoffs: 1,
        // G was answered but then handed off within the inactivity window; C was refused: neither was resolved by the bot.
        automatedResolutionRate: 0,
        escalationRate: 0.5,
        thumbsUp: 0,
        thumbsDown: 0,
        csat: null,
        p50Ms: 10,
        p95Ms: 10,
        stageP95Ms: { safety: 4 },
        cost: 0,
        byOutcome: { resolved_bot: 0, resolved_human: 0, escalated: 1, abandoned: 1, reopened: 0, open: 0 },
        reopenRate: 0,
        deflectionRate: 0.5,
        escalationReasons: { customer_request: 1 },
        rated: 0,
        csatFiltered: null,
        costPerResolution: null,
        // C abandoned and G escalated: −0.5 × 0.3 each, −0.15 / 0.8 = −0.1875 (rounded half up) at 0.193.
        labelMean: -0.187,
        labelConfidence: 0.193,
      },
    ]);
    expect(summary).toMatchObject({ ...window, by: 'day', asOf: view.asOf });
    // Out of scope counts in the mix, as the classifier said; E (started before) and the one-off ask do not.
    expect(summary.intentMix).toEqual([
      { intent: 'refund', count: 3 },
      { intent: 'billing', count: 1 },
      { intent: 'oos', count: 1 },
    ]);
  });

  it("groups by each conversation's first in-scope intent, most conversations first", () => {
    const { rows } = summarizeOutcomes({ ...window, ...view, events, traces, by: 'intent' });
    expect(rows.map((row) => [row.key, row.conversations, row.automatedResolutionRate, row.escalationRate])).toEqual([
      ['refund', 2, 0.5, 0.5],
      ['(none)', 1, 0, 0],
      ['billing', 1, 0, 1],
    ]);
    expect(rows[0]).toMatchObject({ messages: 3, answered: 3, thumbsUp: 1, csat: 5, p50Ms: 200, p95Ms: 290, cost: 0.005 });
  });

  it('groups by persona, and an empty window has no rows', () => {
    const { rows } = summarizeOutcomes({ ...window, ...view, events, traces, by: 'persona' });
    expect(rows.map((row) => [row.key, row.conversations, row.csat])).toEqual([
      ['(none)', 2, 2],
      ['enterprise', 2, 5],
    ]);
    const empty = summarizeOutcomes({
      from: '2026-04-01T00:00:00.000Z',
      to: '2026-04-02T00:00:00.000Z',
      ...view,
      events,
      traces,
      by: 'day',
    });
    expect(empty).toEqual({
      from: '2026-04-01T00:00:00.000Z',
      to: '2026-04-02T00:00:00.000Z',
      by: 'day',
      asOf: view.asOf,
      rows: [],
      intentMix: [],
    });
  });
});

describe('summarizeOutcomes: outcomes, the rater filter and releases (issue 19)', () => {
  // One day. Device x rates every conversation 5 whatever happens: R1 resolved, R2 reopened two hours after a 5,
  // R3 abandoned after a decline. R4, a verified customer, is resolved and rated 2. R1's reply names release r1 in
  // its event, R4's only on its trace; R2 and R3 name none.
  const created = (at: string, id: string, data: Record<string, unknown>) => event(at, id, 'conversation.created', data);
  const log: SwitchboardEvent[] = [
    created('03-01T08:00:00.000', 'R1', { deviceId: 'x', identity: null }),
    event('03-01T08:00:01.000', 'R1', 'message.received'),
    event('03-01T08:00:02.000', 'R1', 'message.answered', { traceId: 'r1', release: 'r1' }),
    event('03-01T08:01:00.000', 'R1', 'feedback.recorded', { csat: 5 }),
    created('03-01T09:00:00.000', 'R2', { deviceId: 'x', identity: null }),
    event('03-01T09:00:01.000', 'R2', 'message.received'),
    event('03-01T09:00:02.000', 'R2', 'message.answered', { traceId: 'r2a' }),
    event('03-01T09:01:00.000', 'R2', 'feedback.recorded', { csat: 5 }),
    event('03-01T11:00:00.000', 'R2', 'message.received'),
    event('03-01T11:00:01.000', 'R2', 'message.answered', { traceId: 'r2b' }),
    created('03-01T10:00:00.000', 'R3', { deviceId: 'x', identity: null }),
    event('03-01T10:00:01.000', 'R3', 'message.received'),
    event('03-01T10:00:02.000', 'R3', 'message.declined', { traceId: 'r3' }),
    event('03-01T10:01:00.000', 'R3', 'feedback.recorded', { csat: 5 }),
    created('03-01T12:00:00.000', 'R4', { deviceId: 'y', identity: { customerId: 'v' } }),
    event('03-01T12:00:01.000', 'R4', 'message.received'),
    event('03-01T12:00:02.000', 'R4', 'message.answered', { traceId: 'r4' }),
    event('03-01T12:01:00.000', 'R4', 'feedback.recorded', { csat: 2 }),
  ];
  const spend = (id: string, costUsd: number, release?: string): PipelineTrace => ({
    ...trace(id, 100, [['generate', 50, { costUsd }]]),
    ...(release ? { release } : {}),
  });
  const costs = new Map(
    [spend('r1', 0.01), spend('r2a', 0.02), spend('r2b', 0.02), spend('r3', 0), spend('r4', 0, 'r2')].map((t) => [t.id, t]),
  );
  const day = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-02T00:00:00.000Z', asOf: '2026-03-10T00:00:00.000Z' };

  it('counts as automated resolutions only the conversations the bot resolved that were not reopened', () => {
    const [row] = summarizeOutcomes({ ...day, events: log, traces: costs, by: 'day' }).rows;
    expect(row).toMatchObject({
      conversations: 4,
      byOutcome: { resolved_bot: 2, reopened: 1, abandoned: 1, escalated: 0, resolved_human: 0, open: 0 },
      automatedResolutionRate: 0.5,
      reopenRate: 0.25,
      deflectionRate: 1,
      // 0.01 + 0.02 + 0.02 spent over R1 and R4.
      cost: 0.05,
      costPerResolution: 0.025,
    });
  });

  it("weighs CSAT by each rater's trust: device x gave 5s whatever happened, one of them before a reopen", () => {
    const [row] = summarizeOutcomes({ ...day, events: log, traces: costs, by: 'day' }).rows;
    // Plain: (5 + 5 + 5 + 2) / 4. Filtered: x counts 0.25 × 0.5 per rating, (0.125 × 15 + 2) / (0.375 + 1).
    expect(row).toMatchObject({ rated: 4, csat: 4.25, csatFiltered: 2.818 });
  });

  it('groups by the release that answered, from the event or else the trace, and unreleased without one', () => {
    const { rows } = summarizeOutcomes({ ...day, events: log, traces: costs, by: 'release' });
    expect(rows.map((row) => [row.key, row.conversations])).toEqual([
      ['unreleased', 2],
      ['r1', 1],
      ['r2', 1],
    ]);
  });

  it('reads the outcomes as of asOf: an hour after the last answer, nothing has been reopened yet', () => {
    const early = summarizeOutcomes({ ...day, asOf: '2026-03-01T10:00:00.000Z', events: log, traces: costs, by: 'day' });
    // Only R1 and R2 had started; R2's answer had settled (resolved) and its customer had not come back yet.
    expect(early.rows[0]).toMatchObject({ conversations: 2, byOutcome: { resolved_bot: 2, reopened: 0 }, automatedResolutionRate: 1 });
  });
});
