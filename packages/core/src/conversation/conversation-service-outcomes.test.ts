/** Issue 18: the conversation service keeps each conversation's summary (intent, persona, outcome) as it commits a message. */
import { describe, expect, it } from 'vitest';
import type { Answer } from '@switchboard/spec';
import type { AnswerPipeline, PipelineResult } from '../pipeline/answer-pipeline.js';
import { createConversationService } from './conversation-service.js';
import { echoReply } from './__fixtures__/echo-reply.js';
import { memoryStores } from './__fixtures__/memory-stores.js';

let counter = 0;
const newId = (prefix = 'id'): string => `${prefix}_${++counter}`;
const clock = (): number => Date.parse('2026-03-01T12:00:00Z');

/** Greetings are out of scope, refunds in scope for the enterprise persona, "person" hands off. */
const pipeline: AnswerPipeline = {
  async run(question, context = {}): Promise<PipelineResult> {
    const handoff: Answer['handoff'] = question.includes('person')
      ? { mode: 'transferred', reason: 'customer_request', queue: 'Support' }
      : null;
    const intent = question.includes('refund')
      ? { label: 'refund', confidence: 0.9, outOfScope: false }
      : { label: 'oos', confidence: 0.7, outOfScope: true };
    return echoReply(question, context, newId('trace'), { handoff, intent, persona: intent.outOfScope ? null : 'enterprise' });
  },
};

describe('createConversationService: the conversation summary', () => {
  it('records the first in-scope intent and persona and the latest outcome, held messages included', async () => {
    const stores = memoryStores();
    const service = createConversationService({ pipeline, ...stores, clock, newId });
    const { id } = await service.start();
    const summary = async () => (await stores.conversations.listConversations({ limit: 1 })).conversations[0];

    await service.receive(id, { text: 'hello' });
    // An out-of-scope label says what the message was not about: it is not the conversation's intent.
    expect(await summary()).toMatchObject({ intent: null, persona: null, outcome: 'answered' });
    await service.receive(id, { text: 'can I get a refund?' });
    expect(await summary()).toMatchObject({ intent: 'refund', persona: 'enterprise', outcome: 'answered' });
    await service.receive(id, { text: 'a person please' });
    expect(await summary()).toMatchObject({ intent: 'refund', outcome: 'handoff', status: 'handoff', handedOff: true });
    await service.receive(id, { text: 'still there?' });
    expect(await summary()).toMatchObject({ intent: 'refund', persona: 'enterprise', outcome: 'held', messages: 7 });
  });
});
