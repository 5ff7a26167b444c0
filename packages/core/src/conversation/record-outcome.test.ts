/** Issue 19: the conversation service records outcome evidence — an agent's word, a linked ticket's state — as events. */
import { describe, expect, it } from 'vitest';
import { isSwitchboardError } from '@switchboard/spec';
import type { TicketOutcome } from '../outcomes/outcome-evidence.js';
import { deriveOutcome } from '../outcomes/derive-outcome.js';
import type { AnswerPipeline } from '../pipeline/answer-pipeline.js';
import { createConversationService } from './conversation-service.js';
import { memoryStores } from './__fixtures__/memory-stores.js';

let counter = 0;
const newId = (prefix = 'id'): string => `${prefix}_${++counter}`;
const clock = (): number => Date.parse('2026-03-01T12:00:00Z');
// Recording outcomes answers nothing: a pipeline that fails the test if it is ever asked.
const pipeline: AnswerPipeline = {
  run: () => Promise.reject(new Error('recording an outcome must not run the pipeline')),
};

describe('ConversationService.recordOutcome', () => {
  it("records an agent's outcome as outcome.recorded, dated now unless the agent says when", async () => {
    const stores = memoryStores();
    const service = createConversationService({ pipeline, ...stores, clock, newId });
    const { id } = await service.start();
    const first = await service.recordOutcome(id, { kind: 'agent', outcome: 'resolved_human', agent: 'ann' });
    await service.recordOutcome(id, { kind: 'agent', outcome: 'reopened', at: '2026-03-01T11:00:00.000Z', note: 'phoned back' });
    const recorded = await stores.events.list({ conversationId: id, type: 'outcome.recorded' });
    expect(recorded.map((event) => event.data)).toEqual([
      { outcomeId: first.id, outcome: 'resolved_human', at: '2026-03-01T12:00:00.000Z', note: null, agent: 'ann' },
      { outcomeId: expect.any(String), outcome: 'reopened', at: '2026-03-01T11:00:00.000Z', note: 'phoned back', agent: null },
    ]);
    expect(first.recorded).toBe(true);
  });

  it("records a linked ticket's state once, however often the export is read, and each new state", async () => {
    const stores = memoryStores();
    const service = createConversationService({ pipeline, ...stores, clock, newId });
    const { id } = await service.start();
    const solved: TicketOutcome = {
      conversationId: id,
      ticketId: '5001',
      status: 'solved',
      reopens: 0,
      satisfaction: 'good',
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
      solvedAt: '2026-03-01T10:00:00.000Z',
    };
    const first = await service.recordOutcome(id, { kind: 'ticket', ticket: solved });
    const again = await service.recordOutcome(id, { kind: 'ticket', ticket: solved });
    expect([first.recorded, again.recorded, again.id]).toEqual([true, false, first.id]);
    const reopened = { ...solved, status: 'open', reopens: 1, satisfaction: 'bad' as const, updatedAt: '2026-03-01T11:00:00.000Z' };
    expect((await service.recordOutcome(id, { kind: 'ticket', ticket: reopened })).recorded).toBe(true);
    const events = await stores.events.list({ conversationId: id, type: 'ticket.outcome' });
    expect(events.map((event) => [event.id, event.data['status'], event.data['reopens']])).toEqual([
      [first.id, 'solved', 0],
      [expect.stringMatching(/^evt_ticket_/), 'open', 1],
    ]);
    expect(deriveOutcome(await stores.events.list({ conversationId: id }), '2026-03-02T00:00:00.000Z')).toMatchObject({
      outcome: 'reopened',
      reachedHuman: true,
      ticketSatisfaction: 'bad',
    });
  });

  it('refuses an unknown conversation with NOT_FOUND and records nothing', async () => {
    const stores = memoryStores();
    const service = createConversationService({ pipeline, ...stores, clock, newId });
    const refused = await service.recordOutcome('conv_nope', { kind: 'agent', outcome: 'abandoned' }).catch((error: unknown) => error);
    expect(isSwitchboardError(refused) && refused.code).toBe('NOT_FOUND');
    expect(await stores.events.list({})).toEqual([]);
  });
});
