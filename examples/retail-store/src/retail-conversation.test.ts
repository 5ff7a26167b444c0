import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createConversationService } from '@switchboard/core/conversation';
import { trainIntentClassifier } from '@switchboard/core/intent';
import { createAnswerPipeline } from '@switchboard/core/pipeline';
import { HybridRetriever, KnowledgeIndex } from '@switchboard/core/retrieval';
import { createDefaultSafetyFilter } from '@switchboard/core/safety';
import { createWorkflowActor } from '@switchboard/core/workflow';
import { readWorkflowWorkspace } from '@switchboard/ingest';
import { shippedAnswerModels, shippedSafetyModels } from '@switchboard/models';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { makeChunk, makeDocument } from '@switchboard/testkit';
import { readRetailDatabase } from './read-retail-database.js';
import { createRetailStoreServer } from './retail-store-server.js';

const example = fileURLToPath(new URL('..', import.meta.url));
const newId = (prefix?: string): string => (prefix ? `${prefix}_${randomUUID().replace(/-/g, '')}` : randomUUID());
const startTimer = (ms: number, onTimeout: () => void): (() => void) => {
  const handle = setTimeout(onTimeout, ms);
  return () => clearTimeout(handle);
};
const open: SqliteStores[] = [];
afterEach(() => open.splice(0).forEach((stores) => stores.close()));

const intents = trainIntentClassifier([
  ...['I want to cancel my order', 'cancel an order please', 'please cancel order', 'can you cancel my purchase', 'stop my order'].map(
    (text) => ({ text, label: 'cancel_order' }),
  ),
  ...['I want to return an item', 'return these shoes', 'send back my purchase', 'how do I return something'].map((text) => ({
    text,
    label: 'return_items',
  })),
  ...['where is my package', 'track my delivery', 'when will my parcel arrive', 'shipping status'].map((text) => ({
    text,
    label: 'track_order',
  })),
]);

/**
 * A conversation with the retail example behind the full message handler, over an in-memory SQLite store; the actor
 * is wired as the CLI wires it (apps/cli/src/workflow/create-workflow-actor.ts), the kill switch given directly.
 */
async function retailConversation(killSwitch = false) {
  const stores = createSqliteStores(':memory:');
  open.push(stores);
  // The server holds the in-memory copy of the example database; reading through it shows what the tools changed.
  const executor = createRetailStoreServer(readRetailDatabase(`${example}db/retail-store.json`));
  const workspace = readWorkflowWorkspace(example);
  const act = createWorkflowActor({ workspace, executor, events: stores.events, clock: Date.now, newId, killSwitch, startTimer });
  const index = new KnowledgeIndex({ k1: 1.2, b: 0.6, fieldWeights: { title: 2.5, headings: 1.5, body: 1, tags: 1 } });
  const policy = makeDocument({ id: 'policy', title: 'Cancellations and returns', path: 'kb/policy.md' });
  index.addChunks([
    makeChunk(policy, { id: 'policy:1', text: 'Pending orders can be cancelled. Delivered orders can be returned within 30 days.' }),
    makeChunk(policy, { id: 'policy:2', text: 'Gift card refunds arrive immediately; other refunds take 5 to 7 business days.' }),
  ]);
  const pipeline = createAnswerPipeline({
    retriever: new HybridRetriever(index, null),
    clock: Date.now,
    timer: () => 0,
    newId,
    topK: 5,
    composer: {
      minConfidence: 0.45,
      maxSentences: 3,
      maxChunks: 3,
      handoffQueue: 'Store Support',
      handoffHours: 'weekdays 9-5',
      models: shippedAnswerModels,
    },
    safety: createDefaultSafetyFilter({ models: shippedSafetyModels }),
    intent: intents,
    guardrails: { minActionConfidence: 0.4 },
    act,
  });
  const service = createConversationService({ pipeline, ...stores, clock: Date.now, newId });
  const { id: conversationId } = await service.start();
  const orderStatus = async (orderId: string): Promise<unknown> => {
    const definition = readWorkflowWorkspace(example).tools.find((tool) => tool.name === 'get_order_details')!;
    const call = { tool: definition.name, arguments: { order_id: orderId } };
    return ((await executor.execute(definition, call, { signal: new AbortController().signal })) as { status: string }).status;
  };
  return { say: (text: string) => service.receive(conversationId, { text }), stores, orderStatus, act, conversationId };
}

describe('the retail example in conversation', () => {
  it('cancels a pending order after email authentication, a valid reason and a yes, and says so from the log', async () => {
    const { say, stores, orderStatus, conversationId } = await retailConversation();
    expect((await say('I want to cancel my order')).answer?.text).toBe('To find your account, what is the email address on it?');
    expect((await say('it is ada.moreno6209@example.com')).answer?.text).toMatch(/Which order would you like to cancel/);
    expect((await say('#W7821075')).answer?.text).toMatch(/no longer needed, or was it ordered by mistake/);
    expect((await say('I no longer need it, it is no longer needed')).answer?.text).toBe(
      "To confirm: cancel order #W7821075 because it was 'no longer needed'. Shall I go ahead (yes/no)?",
    );
    expect(await orderStatus('#W7821075')).toBe('pending');
    const done = await say('yes');
    expect(await orderStatus('#W7821075')).toBe('cancelled');
    expect(done.answer?.text).toBe('I have cancelled order #W7821075. The refund goes back to your original payment method.');
    expect(done.outcome).toBe('answered');
    const logged = await stores.events.list({ conversationId, type: 'action.logged' });
    const cancel = logged
      .map((event) => event.data['entry'] as { tool: string; status: string })
      .find((e) => e.tool === 'cancel_pending_order');
    expect(cancel?.status).toBe('executed');
  });

  it('does not cancel a delivered order, and says why', async () => {
    const { say, orderStatus } = await retailConversation();
    await say('please cancel my order #W6583473');
    const reply = await say('chloe.nakamura5760@example.com');
    expect(reply.answer?.text).toBe('Order #W6583473 is delivered, and only a pending order can be cancelled.');
    expect(await orderStatus('#W6583473')).toBe('delivered');
  });

  it("refuses another customer's order with the ownership guard's reason", async () => {
    const { say, orderStatus } = await retailConversation();
    await say('I want to cancel my order');
    await say('ada.moreno6209@example.com');
    const reply = await say('#W6739955');
    expect(reply.answer?.text).toMatch(/does not belong to the customer verified in this conversation/);
    expect(await orderStatus('#W6739955')).toBe('pending');
  });

  it('hands the cancellation to a human when the kill switch is on (SWITCHBOARD_KILL_SWITCH)', async () => {
    const { say, orderStatus } = await retailConversation(true);
    await say('I want to cancel my order #W7821075, it was ordered by mistake');
    const confirm = await say('ada.moreno6209@example.com');
    expect(confirm.answer?.text).toMatch(/^To confirm: cancel order #W7821075/);
    const reply = await say('yes');
    expect(reply.outcome).toBe('handoff');
    expect(reply.handoff?.reason).toBe('kill_switch');
    expect(await orderStatus('#W7821075')).toBe('pending');
  });
});
