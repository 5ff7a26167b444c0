import { afterEach, describe, expect, it } from 'vitest';
import type { SqliteStores } from '@switchboard/store-sqlite';
import { retailConversation as openRetailConversation } from './__fixtures__/retail-conversation.js';

const open: SqliteStores[] = [];
afterEach(() => open.splice(0).forEach((stores) => stores.close()));

async function retailConversation(killSwitch = false) {
  const conversation = await openRetailConversation({ killSwitch });
  open.push(conversation.stores);
  return conversation;
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
