import { SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import {
  buildApp,
  createApiKey,
  createConversationTokens,
  createCustomerConversationStarter,
  createIdentityTokenVerifier,
} from '@switchboard/server';
import type { SqliteStores } from '@switchboard/store-sqlite';
import { newId, retailService } from './__fixtures__/retail-conversation.js';

const secret = 'the-retail-store-backend-secret-32b+';
const open: SqliteStores[] = [];
const apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  open.splice(0).forEach((stores) => stores.close());
});

/** An identity token as the store's backend would sign it for one of its customers. */
const identityToken = (customerId: string, options: { expiresIn?: string; key?: string } = {}) =>
  new SignJWT({ plan: 'gold' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(customerId)
    .setAudience('switchboard')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '10m')
    .sign(new TextEncoder().encode(options.key ?? secret));

/** The retail example with POST /v1/conversations' logic: the identity token verified, the conversation token issued. */
function retailStore() {
  const retail = retailService();
  open.push(retail.stores);
  const start = createCustomerConversationStarter({
    service: retail.service,
    verifyIdentity: createIdentityTokenVerifier({ secret, audience: 'switchboard' }),
    tokens: createConversationTokens({ secret: 'the-server-conversation-token-secret' }),
  });
  const conversation = async (body: Parameters<typeof start>[0]) => {
    const { id } = await start(body);
    return {
      id,
      say: (text: string, customer?: Record<string, string>) => retail.service.receive(id, { text, ...(customer ? { customer } : {}) }),
    };
  };
  return { ...retail, conversation };
}

// Ben owns the pending order #W6739955; Ada (ada_moreno_2534) does not.
describe('the retail example with verified identities (issue 18)', () => {
  it("issue 18: a body claiming another customer's id can neither read nor change their orders", async () => {
    const store = retailStore();
    const { id, say } = await store.conversation({ customer: { id: 'ben_okafor_3948', name: 'Ben' } });
    const ask = await say('I want to cancel my order #W6739955', { id: 'ben_okafor_3948' });
    // Still anonymous: asked to authenticate, and nothing about the order was read.
    expect(ask.answer?.text).toBe('To find your account, what is the email address on it?');
    expect(await store.actions(id)).toEqual([]);
    // Authenticated as Ada by email, the claimed id still does not open Ben's order.
    const reply = await say('ada.moreno6209@example.com', { id: 'ben_okafor_3948' });
    expect(reply.answer?.text).toMatch(/does not belong to the customer verified in this conversation/);
    expect(reply.answer?.text).not.toMatch(/pending/);
    expect((await store.actions(id)).filter((action) => action.status === 'executed').map((action) => action.tool)).toEqual([
      'find_user_id_by_email',
    ]);
    expect(await store.orderStatus('#W6739955')).toBe('pending');
  });

  it('issue 18: the same request in a conversation started with a valid identity token for that customer can', async () => {
    const store = retailStore();
    const { id, say } = await store.conversation({ identityToken: await identityToken('ben_okafor_3948'), deviceId: 'phone-1' });
    expect(await store.stores.conversations.getConversation(id)).toMatchObject({
      identity: { customerId: 'ben_okafor_3948', plan: 'gold' },
      deviceId: 'phone-1',
    });
    // No email asked: the verified customer goes straight to the order, which the ownership guard lets through.
    expect((await say('I want to cancel my order #W6739955')).answer?.text).toMatch(/no longer needed, or was it ordered by mistake/);
    expect((await say('it was ordered by mistake')).answer?.text).toMatch(/^To confirm: cancel order #W6739955/);
    const done = await say('yes');
    expect(done.answer?.text).toBe('I have cancelled order #W6739955. The refund goes back to your original payment method.');
    expect(await store.orderStatus('#W6739955')).toBe('cancelled');
    expect((await store.actions(id)).map((action) => action.tool)).not.toContain('find_user_id_by_email');
  });

  it("issue 18: a verified customer still cannot touch another customer's order, whatever the body claims", async () => {
    const store = retailStore();
    const { say } = await store.conversation({ identityToken: await identityToken('ada_moreno_2534') });
    const reply = await say('I want to cancel my order #W6739955', { id: 'ben_okafor_3948' });
    expect(reply.answer?.text).toMatch(/does not belong to the customer verified in this conversation/);
    expect(await store.orderStatus('#W6739955')).toBe('pending');
  });

  it('issue 18: an expired or forged identity token is refused with UNAUTHENTICATED and starts no conversation', async () => {
    const store = retailStore();
    const expired = await identityToken('ben_okafor_3948', { expiresIn: '-5m' });
    const forged = await identityToken('ben_okafor_3948', { key: 'an-attacker-guessing-the-secret-32b' });
    for (const token of [expired, forged, 'not.a.jwt'])
      await expect(store.conversation({ identityToken: token })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await store.stores.events.list({ type: 'conversation.created' })).toEqual([]);
    await store.conversation({ identityToken: await identityToken('ben_okafor_3948') });
    expect(await store.stores.events.list({ type: 'conversation.created' })).toHaveLength(1);
  });
});

describe('the retail example over HTTP with verified identities (issue 18)', () => {
  /** The real HTTP app over the retail pipeline, with a widget key, the identity verifier and conversation tokens. */
  async function retailApp() {
    const retail = retailService();
    open.push(retail.stores);
    const app = buildApp({
      pipeline: retail.pipeline,
      conversations: retail.stores.conversations,
      events: retail.stores.events,
      handoffs: retail.stores.handoffs,
      apiKeys: retail.stores.apiKeys,
      identity: createIdentityTokenVerifier({ secret, audience: 'switchboard' }),
      conversationTokens: createConversationTokens({ secret: 'the-server-conversation-token-secret' }),
      clock: Date.now,
      newId,
      bodyLimitBytes: 8192,
    });
    apps.push(app);
    const { key } = await createApiKey(retail.stores.apiKeys, { name: 'site', scope: 'widget', createdAt: new Date().toISOString() });
    const start = (payload: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: '/v1/conversations', headers: { authorization: `Bearer ${key}` }, payload });
    return { ...retail, app, start };
  }

  it('issue 18: an expired or forged identity token is 401 at conversation creation', async () => {
    const { start, stores } = await retailApp();
    const expired = await identityToken('ben_okafor_3948', { expiresIn: '-5m' });
    const forged = await identityToken('ben_okafor_3948', { key: 'an-attacker-guessing-the-secret-32b' });
    for (const token of [expired, forged]) {
      const refused = await start({ identityToken: token });
      expect(refused.statusCode).toBe(401);
      expect(refused.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    }
    expect(await stores.events.list({ type: 'conversation.created' })).toEqual([]);
  });

  it('issue 18: over HTTP, a valid identity token lets its customer cancel their own order, and a body claim does not', async () => {
    const { app, start, orderStatus } = await retailApp();
    const say = (id: string, token: string, text: string, customer?: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: `/v1/conversations/${id}/messages`,
        headers: { authorization: `Bearer ${token}` },
        payload: customer ? { text, customer } : { text },
      });
    const claimed = (await start({ customer: { id: 'ben_okafor_3948' } })).json<{ id: string; token: string }>();
    const anonymous = await say(claimed.id, claimed.token, 'I want to cancel my order #W6739955', { id: 'ben_okafor_3948' });
    expect(anonymous.json<{ text: string }>().text).toBe('To find your account, what is the email address on it?');

    const created = await start({ identityToken: await identityToken('ben_okafor_3948') });
    expect(created.statusCode).toBe(201);
    const ben = created.json<{ id: string; token: string }>();
    expect((await say(ben.id, ben.token, 'I want to cancel my order #W6739955')).json<{ text: string }>().text).toMatch(
      /ordered by mistake/,
    );
    await say(ben.id, ben.token, 'it was ordered by mistake');
    // Ben's token does not open the other conversation.
    expect((await say(claimed.id, ben.token, 'yes')).statusCode).toBe(403);
    expect((await say(ben.id, ben.token, 'yes')).json<{ text: string }>().text).toMatch(/^I have cancelled order #W6739955/);
    expect(await orderStatus('#W6739955')).toBe('cancelled');
  });
});
