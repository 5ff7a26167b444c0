import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  HybridRetriever,
  KnowledgeIndex,
  createAnswerPipeline,
  createDefaultSafetyFilter,
  createHandoffDesk,
  createMessageHandler,
  trainIntentClassifier,
} from '@switchboard/core';
import { readWorkflowWorkspace } from '@switchboard/ingest';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { makeChunk, makeDocument } from '@switchboard/testkit';
import { newId } from '../runtime.js';
import { createWorkflowActor, killSwitchFromEnvironment } from './create-workflow-actor.js';
import { createWorkspaceExecutor } from './workspace-executor.js';

const example = fileURLToPath(new URL('../../../../examples/retail-store', import.meta.url));
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

/** A conversation with the retail example behind the full message handler, over an in-memory SQLite store. */
async function retailConversation(env: Record<string, string> = {}) {
  const stores = createSqliteStores(':memory:');
  open.push(stores);
  // The executor holds the in-memory copy of the example database; reading through it shows what the tools changed.
  const executor = createWorkspaceExecutor({ dir: example, workspace: readWorkflowWorkspace(example), env, newId });
  const act = createWorkflowActor(example, stores, { env, executor });
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
    composer: { minConfidence: 0.45, maxSentences: 3, maxChunks: 3, handoffQueue: 'Store Support', handoffHours: 'weekdays 9-5' },
    safety: createDefaultSafetyFilter(),
    intent: intents,
    guardrails: { minActionConfidence: 0.4 },
    act,
    events: stores.events,
  });
  const clock = Date.now;
  const desk = createHandoffDesk({ handoffs: stores.handoffs, conversations: stores.conversations, events: stores.events, clock, newId });
  const handler = createMessageHandler({ pipeline, conversations: stores.conversations, events: stores.events, desk, clock, newId });
  await stores.conversations.createConversation({ id: 'conv', createdAt: new Date().toISOString(), customer: null, status: 'bot' });
  const orderStatus = async (orderId: string): Promise<unknown> => {
    const definition = readWorkflowWorkspace(example).tools.find((tool) => tool.name === 'get_order_details')!;
    const call = { tool: definition.name, arguments: { order_id: orderId } };
    return ((await executor.execute(definition, call, { signal: new AbortController().signal })) as { status: string }).status;
  };
  return { say: (text: string) => handler.handle('conv', text), stores, orderStatus, act };
}

describe('createWorkflowActor over the retail example', () => {
  it('cancels a pending order after email authentication, a valid reason and a yes, and says so from the log', async () => {
    const { say, stores, orderStatus } = await retailConversation();
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
    const logged = await stores.events.list({ conversationId: 'conv', type: 'action.logged' });
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

  it('hands the cancellation to a human when SWITCHBOARD_KILL_SWITCH is set', async () => {
    const env = { SWITCHBOARD_KILL_SWITCH: '1' };
    expect(killSwitchFromEnvironment(env)).toBe(true);
    const { say, orderStatus } = await retailConversation(env);
    await say('I want to cancel my order #W7821075, it was ordered by mistake');
    const confirm = await say('ada.moreno6209@example.com');
    expect(confirm.answer?.text).toMatch(/^To confirm: cancel order #W7821075/);
    const reply = await say('yes');
    expect(reply.outcome).toBe('handoff');
    expect(reply.handoff?.reason).toBe('kill_switch');
    expect(await orderStatus('#W7821075')).toBe('pending');
  });

  it('is null for a workspace without workflows', () => {
    expect(
      createWorkflowActor(
        fileURLToPath(new URL('.', import.meta.url)),
        { events: { append: async () => undefined, list: async () => [] } },
        { env: {} },
      ),
    ).toBeNull();
  });
});
