import { describe, expect, it } from 'vitest';
import type { Answer, PendingEvent } from '@switchboard/spec';
import type { AnswerPipeline, MessageContext, PipelineResult } from '../pipeline/answer-pipeline.js';
import { createConversationService } from './conversation-service.js';
import { echoReply } from './__fixtures__/echo-reply.js';
import { memoryStores } from './__fixtures__/memory-stores.js';

let counter = 0;
const newId = (prefix = 'id'): string => `${prefix}_${++counter}`;
const clock = (): number => Date.parse('2026-03-01T12:00:00Z');

/** A pipeline that replies with `reply(question)`, hands off on "person", and records what it was given. */
function scriptedPipeline(options: { events?: PendingEvent[]; fail?: boolean } = {}) {
  const seen: { question: string; context: MessageContext }[] = [];
  const pipeline: AnswerPipeline = {
    async run(question, context = {}): Promise<PipelineResult> {
      seen.push({ question, context });
      // Yield, so that two messages sent at once would interleave here without the conversation lock.
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (options.fail) throw new Error('retrieval down');
      const handoff: Answer['handoff'] = question.includes('person')
        ? { mode: 'transferred', reason: 'customer_request', queue: 'Support' }
        : null;
      return { ...echoReply(question, context, newId('trace'), { handoff }), events: options.events ?? [] };
    },
  };
  return { pipeline, seen };
}

describe('createConversationService', () => {
  it('creates a conversation and records it', async () => {
    const stores = memoryStores();
    const service = createConversationService({ pipeline: scriptedPipeline().pipeline, ...stores, clock, newId });
    const conversation = await service.start({ customer: { plan: 'team' } });
    expect(stores.written.conversations).toEqual([conversation]);
    expect(stores.written.events.map((event) => [event.type, event.conversationId])).toEqual([['conversation.created', conversation.id]]);
  });

  it('commits the message, the reply, its trace and the events the pipeline returned, in order', async () => {
    const stores = memoryStores();
    const { pipeline, seen } = scriptedPipeline({ events: [{ type: 'guard.blocked', data: { violations: [] } }] });
    const service = createConversationService({ pipeline, ...stores, clock, newId });
    const { id } = await service.start();
    const result = await service.receive(id, { text: 'how do refunds work?', customer: { plan: 'team' }, requestId: 'req-1' });
    expect(result.outcome).toBe('answered');
    expect(stores.written.messages.map((message) => [message.role, message.text, message.traceId])).toEqual([
      ['customer', 'how do refunds work?', null],
      ['bot', 'reply to how do refunds work?', result.trace!.id],
    ]);
    expect(stores.written.traces).toEqual([{ ...result.trace, requestId: 'req-1' }]);
    expect(stores.written.events.map((event) => event.type)).toEqual([
      'conversation.created',
      'customer.updated',
      'message.received',
      'guard.blocked',
      'message.answered',
    ]);
    expect(stores.written.events.every((event) => event.conversationId === id)).toBe(true);
    // The body's customer is display data: it is stored, but the pipeline of an anonymous conversation sees none.
    expect(seen[0]!.context.customer).toBeNull();
  });

  it('decides with the identity verified at creation and never with the body customer (issue 18)', async () => {
    const stores = memoryStores();
    const { pipeline, seen } = scriptedPipeline();
    const service = createConversationService({ pipeline, ...stores, clock, newId });
    const identity = { customerId: 'user_ada', plan: 'enterprise', locale: 'de-DE', role: 'admin' };
    const started = await service.start({ customer: { name: 'Ada' }, identity, deviceId: 'device-1' });
    expect(started).toMatchObject({ customer: { name: 'Ada' }, identity, deviceId: 'device-1' });
    await service.receive(started.id, { text: 'cancel order', customer: { id: 'user_bo', plan: 'free', role: 'admin' } });
    expect(seen[0]!.context).toMatchObject({
      customer: { id: 'user_ada', plan: 'enterprise', locale: 'de-DE', role: 'admin' },
      verifiedCustomerId: 'user_ada',
      verifiedLocale: 'de-DE',
      verifiedRole: 'admin',
    });
    expect((await service.read(started.id)).customer).toEqual({ name: 'Ada', id: 'user_bo', plan: 'free', role: 'admin' });

    const anonymous = await service.start({ customer: { id: 'user_ada', role: 'admin' } });
    await service.receive(anonymous.id, { text: 'cancel order', customer: { id: 'user_ada' } });
    expect(seen[1]!.context).toMatchObject({ customer: null, verifiedCustomerId: null, verifiedLocale: null, verifiedRole: null });
  });

  it('opens a handoff after a transferring reply, then holds the next message for the human', async () => {
    const stores = memoryStores();
    const { pipeline, seen } = scriptedPipeline();
    const service = createConversationService({ pipeline, ...stores, clock, newId });
    const { id } = await service.start();
    const first = await service.receive(id, { text: 'a person please' });
    expect(first.outcome).toBe('handoff');
    expect(first.handoff).toMatchObject({ conversationId: id, status: 'open', reason: 'customer_request', queue: 'Support' });
    expect(first.handoff!.packet).toBeTruthy();
    const held = await service.receive(id, { text: 'hello?' });
    expect(held).toMatchObject({ answer: null, outcome: 'held', handoff: { id: first.handoff!.id } });
    expect(seen).toHaveLength(1);
    expect(stores.written.events.map((event) => event.type).slice(-3)).toEqual(['handoff.created', 'message.received', 'message.held']);
  });

  it('processes two messages of one conversation one after the other, so the second sees the first reply', async () => {
    const stores = memoryStores();
    const { pipeline, seen } = scriptedPipeline();
    const service = createConversationService({ pipeline, ...stores, clock, newId });
    const { id } = await service.start();
    await Promise.all([service.receive(id, { text: 'first' }), service.receive(id, { text: 'second' })]);
    expect(seen[1]!.context.history).toEqual([
      { speaker: 'customer', text: 'first' },
      { speaker: 'bot', text: 'reply to first' },
    ]);
    expect(stores.written.messages.map((message) => message.text)).toEqual(['first', 'reply to first', 'second', 'reply to second']);
  });

  it('keeps the customer message when the pipeline fails, and stores nothing when the message is not admitted', async () => {
    const stores = memoryStores();
    const service = createConversationService({ pipeline: scriptedPipeline({ fail: true }).pipeline, ...stores, clock, newId });
    const { id } = await service.start();
    await expect(service.receive(id, { text: 'anyone there?' })).rejects.toThrow('retrieval down');
    expect(stores.written.messages.map((message) => message.text)).toEqual(['anyone there?']);
    const refuse = () => {
      throw new Error('rate limited');
    };
    await expect(service.receive(id, { text: 'again', admit: refuse })).rejects.toThrow('rate limited');
    expect(stores.written.messages).toHaveLength(1);
  });

  it('answers outside a conversation and commits only the events', async () => {
    const stores = memoryStores();
    const service = createConversationService({
      pipeline: scriptedPipeline({ events: [{ type: 'claim.blocked', data: {} }] }).pipeline,
      ...stores,
      clock,
      newId,
    });
    const result = await service.answerOnce('what is a seat?');
    expect(result.answer.text).toBe('reply to what is a seat?');
    expect(stores.written.messages).toEqual([]);
    expect(stores.written.events.map((event) => [event.type, event.conversationId])).toEqual([['claim.blocked', null]]);
  });

  it('names an unknown conversation or trace as NOT_FOUND', async () => {
    const service = createConversationService({ pipeline: scriptedPipeline().pipeline, ...memoryStores(), clock, newId });
    await expect(service.receive('conv_missing', { text: 'hi' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.read('conv_missing')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.trace('trace_missing')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
