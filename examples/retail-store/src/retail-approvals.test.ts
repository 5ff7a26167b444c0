import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { ToolExecutor } from '@switchboard/core/workflow';
import { buildApp, createApiKey, createConversationTokens } from '@switchboard/server';
import type { SqliteStores } from '@switchboard/store-sqlite';
import { newId, retailService, retailStoreServer } from './__fixtures__/retail-conversation.js';

const open: SqliteStores[] = [];
const apps: FastifyInstance[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  open.splice(0).forEach((stores) => stores.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

interface ApprovalBody {
  id: string;
  conversationId: string;
  status: string;
  tool: string;
  args: Record<string, unknown>;
  decidedBy: string | null;
  note: string | null;
}

/** The store's tool server, counting the returns it was asked to carry out (before its own idempotency cache). */
function countingServer() {
  const server = retailStoreServer();
  const returns: unknown[] = [];
  const executor: ToolExecutor = {
    execute(definition, call, context) {
      if (call.tool === 'return_delivered_order_items') returns.push(call.arguments);
      return server.execute(definition, call, context);
    },
  };
  return { executor, returns };
}

/**
 * Holds each store's first decision until both have one ready, so both requests are past their checks before either
 * decision is stored: then only the event store's refusal of a second decision id can keep the return from running twice.
 */
function holdDecisions(stores: readonly SqliteStores[]): readonly unknown[] {
  const held: (() => void)[] = [];
  for (const { events } of stores) {
    const append = events.append.bind(events);
    events.append = async (event) => {
      if (event.type === 'approval.decided' && held.length < stores.length)
        await new Promise<void>((resolve) => {
          held.push(resolve);
          if (held.length === stores.length) held.forEach((release) => release());
        });
      return append(event);
    };
  }
  return held;
}

/**
 * One server process over the retail example: the HTTP app on a SQLite file. Two of them over one file and one
 * tool server are two replicas of the same deployment.
 */
function retailServer(storePath: string, executor: ToolExecutor) {
  const retail = retailService(false, { storePath, executor });
  open.push(retail.stores);
  const app = buildApp({
    pipeline: retail.pipeline,
    act: retail.act,
    conversations: retail.stores.conversations,
    events: retail.stores.events,
    handoffs: retail.stores.handoffs,
    apiKeys: retail.stores.apiKeys,
    conversationTokens: createConversationTokens({ secret: 'the-server-conversation-token-secret' }),
    clock: Date.now,
    newId,
    bodyLimitBytes: 8192,
  });
  apps.push(app);
  return { ...retail, app };
}

async function retailStore() {
  const dir = mkdtempSync(join(tmpdir(), 'retail-approvals-'));
  dirs.push(dir);
  const storePath = join(dir, 'switchboard.db');
  const server = countingServer();
  const primary = retailServer(storePath, server.executor);
  const key = async (scope: 'agent' | 'widget' | 'admin', name: string) =>
    (await createApiKey(primary.stores.apiKeys, { name, scope, createdAt: new Date().toISOString() })).key;
  // The agent key acts as "ana" (its name); the admin key may act for any named agent.
  const [agentKey, widgetKey, adminKey] = [await key('agent', 'ana'), await key('widget', 'shop'), await key('admin', 'lead')];
  const as = (credential: string | null, options: InjectOptions) =>
    primary.app.inject({ ...options, headers: credential ? { authorization: `Bearer ${credential}` } : {} });

  /** A customer conversation over HTTP, as the widget holds it: its id and its conversation token. */
  async function customer() {
    const { id, token } = (await as(widgetKey, { method: 'POST', url: '/v1/conversations', payload: {} })).json<{
      id: string;
      token: string;
    }>();
    const say = async (text: string) =>
      (await as(token, { method: 'POST', url: `/v1/conversations/${id}/messages`, payload: { text } })).json<{ text: string }>().text;
    const messages = async () =>
      (await as(token, { method: 'GET', url: `/v1/conversations/${id}` })).json<{ messages: { role: string; text: string }[] }>().messages;
    return { id, say, messages };
  }

  /** Walks a customer through the return-items workflow up to their yes; returns the bot's answer to that yes. */
  async function requestReturn(email: string, order: string, item: string, payment: string) {
    const conversation = await customer();
    expect(await conversation.say('I want to return an item')).toBe('What is the email address on your account?');
    expect(await conversation.say(email)).toBe('Which delivered order are the items from?');
    expect(await conversation.say(order)).toBe('Which item would you like to return (its item id)?');
    expect(await conversation.say(item)).toMatch(/^Where should the refund go\?/);
    expect(await conversation.say(payment)).toBe(
      `To confirm: return item ${item} of order ${order}, refund to ${payment}. Go ahead (yes/no)?`,
    );
    return { ...conversation, answer: await conversation.say('yes') };
  }
  const pending = async () =>
    (await as(agentKey, { method: 'GET', url: '/v1/approvals?status=pending' })).json<{ approvals: ApprovalBody[] }>().approvals;
  const decide = (credential: string | null, approvalId: string, action: 'approve' | 'deny', payload: Record<string, unknown>) =>
    as(credential, { method: 'POST', url: `/v1/approvals/${approvalId}/${action}`, payload });
  return { ...primary, ...server, storePath, agentKey, widgetKey, adminKey, as, requestReturn, pending, decide };
}

// Dev Patel's delivered order #W5437502 holds one item of $130.32, over the $100 limit; #W3847007 holds one of $49.64.
describe('approvals in the retail example over HTTP (issue 18)', () => {
  it('parks a return over the limit for an agent, who approves it: the return runs once and the customer is told', async () => {
    const store = await retailStore();
    const dev = await store.requestReturn('dev.patel6528@example.com', '#W5437502', '7449760009', 'credit_card_9241653');
    expect(dev.answer).toBe(
      'A refund of $130.32 is over what I can approve myself, so a person on our team will check it first. ' +
        'I will continue as soon as they decide.',
    );
    expect(await store.orderStatus('#W5437502')).toBe('delivered');
    expect(store.returns).toEqual([]);

    expect((await store.as(null, { method: 'GET', url: '/v1/approvals' })).statusCode).toBe(401);
    expect((await store.as(store.widgetKey, { method: 'GET', url: '/v1/approvals' })).statusCode).toBe(403);
    const [approval] = await store.pending();
    expect(approval).toMatchObject({
      conversationId: dev.id,
      status: 'pending',
      workflow: 'return-items',
      tool: 'return_delivered_order_items',
      args: { order_id: '#W5437502', item_ids: ['7449760009'], payment_method_id: 'credit_card_9241653' },
      policy: { name: 'approve_step', reason: expect.stringMatching(/^A refund of \$130\.32 is over/) },
      customer: { id: 'dev_patel_3042' },
      decidedAt: null,
    });

    expect((await store.decide(null, approval!.id, 'approve', { agent: 'ana' })).statusCode).toBe(401);
    expect((await store.decide(store.widgetKey, approval!.id, 'approve', { agent: 'ana' })).statusCode).toBe(403);
    expect(store.returns).toEqual([]);
    const approved = await store.decide(store.agentKey, approval!.id, 'approve', { agent: 'ana' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ id: approval!.id, status: 'approved', decidedBy: 'ana', note: null });
    expect(store.returns).toHaveLength(1);
    expect(await store.orderStatus('#W5437502')).toBe('return requested');
    expect((await dev.messages()).at(-1)).toEqual(
      expect.objectContaining({
        role: 'bot',
        text:
          'A person on our team approved this. Your return is requested for order #W5437502; ' +
          'you will receive an email with how to send the items back.',
      }),
    );

    const again = await store.decide(store.adminKey, approval!.id, 'deny', { agent: 'ben' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'ALREADY_DECIDED' } });
    expect(store.returns).toHaveLength(1);
    expect(await store.pending()).toEqual([]);
  });

  it("runs a return under the limit at the customer's yes, with no approval", async () => {
    const store = await retailStore();
    const dev = await store.requestReturn('dev.patel6528@example.com', '#W3847007', '6330177940', 'gift_card_4749674');
    expect(dev.answer).toMatch(/^Your return is requested for order #W3847007/);
    expect(store.returns).toHaveLength(1);
    expect(await store.pending()).toEqual([]);
  });

  it('denying runs nothing and tells the customer, with the agent’s note', async () => {
    const store = await retailStore();
    const farid = await store.requestReturn('farid.haddad2079@example.com', '#W8757829', '7217912319', 'credit_card_5526051');
    const [approval] = await store.pending();
    const denied = await store.decide(store.agentKey, approval!.id, 'deny', { agent: 'ana', note: 'this item is past its return window' });
    expect(denied.json()).toMatchObject({ status: 'denied', decidedBy: 'ana', note: 'this item is past its return window' });
    expect(store.returns).toEqual([]);
    expect(await store.orderStatus('#W8757829')).toBe('delivered');
    expect((await farid.messages()).at(-1)?.text).toBe(
      'A person on our team reviewed this and did not approve it, so I have not made the change. ' +
        'Their note: "this item is past its return window"',
    );
  });

  it('of two replicas approving at once, exactly one decides and the return runs once', async () => {
    const store = await retailStore();
    await store.requestReturn('dev.patel6528@example.com', '#W5437502', '7449760009', 'credit_card_9241653');
    const [approval] = await store.pending();
    const replica = retailServer(store.storePath, store.executor);
    const held = holdDecisions([store.stores, replica.stores]);
    const [first, second] = await Promise.all([
      store.decide(store.agentKey, approval!.id, 'approve', { agent: 'ana' }),
      replica.app.inject({
        method: 'POST',
        url: `/v1/approvals/${approval!.id}/approve`,
        headers: { authorization: `Bearer ${store.adminKey}` },
        payload: { agent: 'ben' },
      }),
    ]);
    expect(held).toHaveLength(2);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    expect(store.returns).toHaveLength(1);
    expect(await store.orderStatus('#W5437502')).toBe('return requested');
  });
});
