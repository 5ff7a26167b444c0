import { describe, expect, it } from 'vitest';
import { isSwitchboardError, type EventStore } from '@switchboard/spec';
import { memoryEventStore } from '@switchboard/testkit';
import { approvalDecided, decisionEventId } from '../approval/approval-events.js';
import type { ActionLogEntry } from '../workflow/action-log.js';
import { refundApprovalShop } from './__fixtures__/refund-approval.js';

const parkedReply = "This needs a human's approval first: amount 250 is above the automatic limit of 100; a human must approve it.";

/** A shop conversation of a verified customer, walked up to the refund of #A2 (250) waiting for a person. */
async function parkedRefund(options: { events?: EventStore } = {}) {
  const shop = refundApprovalShop(options);
  const service = shop.service();
  const { id: conversationId } = await service.start({ identity: { customerId: 'cust_7', plan: 'pro' } });
  const say = async (text: string) => (await service.receive(conversationId, { text })).answer?.text;
  expect(await say('I want a refund for order #A2')).toBe('Refund 250 for order #A2 (yes/no)?');
  expect(await say('yes')).toBe(parkedReply);
  const [approval] = await service.listApprovals('pending');
  const messages = async () => (await service.read(conversationId)).messages;
  const actionLog = async () =>
    (await shop.stores.events.list({ conversationId, type: 'action.logged' })).map((event) => event.data['entry'] as ActionLogEntry);
  // `replica` builds another service over the same stores and tool server, as a second server process would be.
  return { ...shop, replica: shop.service, service, conversationId, say, approval: approval!, messages, actionLog };
}

const codeOf = async (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => 'fulfilled',
    (error: unknown) => (isSwitchboardError(error) ? error.code : String(error)),
  );

describe('deciding a workflow call parked for approval', () => {
  it('lists the parked refund from the events, with the tool, its arguments, the policy and the customer', async () => {
    const { service, conversationId, approval, refunds, say } = await parkedRefund();
    expect(refunds()).toEqual([]);
    expect(approval).toEqual({
      id: expect.stringMatching(new RegExp(`^${conversationId}\\.act_\\d+$`)),
      conversationId,
      status: 'pending',
      workflow: 'refund-order',
      tool: 'refund_order',
      args: { order_id: '#A2', amount: 250 },
      policy: { name: 'authority_limit', reason: 'amount 250 is above the automatic limit of 100; a human must approve it' },
      customer: { id: 'cust_7', plan: 'pro' },
      createdAt: '2026-03-01T12:00:00.000Z',
      decidedAt: null,
      decidedBy: null,
      note: null,
    });
    // The customer writing again while it waits neither runs it nor asks a second time.
    expect(await say('any news?')).toBe('This is waiting for a human to approve it; I will continue as soon as they do.');
    expect(await service.listApprovals()).toEqual([approval]);
    expect(await service.listApprovals('approved')).toEqual([]);
  });

  it('approving runs the call once through the gateway, logs who approved it, and stores the reply as a bot message', async () => {
    const { service, approval, refunds, messages, actionLog, stores, conversationId, say } = await parkedRefund();
    const decided = await service.decideApproval(approval.id, { approved: true, approver: 'ana' });
    expect(decided).toMatchObject({ id: approval.id, status: 'approved', decidedBy: 'ana', note: null, decidedAt: expect.any(String) });
    expect(refunds()).toEqual([{ tool: 'refund_order', arguments: { order_id: '#A2', amount: 250 } }]);
    expect((await messages()).at(-1)).toMatchObject({
      role: 'bot',
      text: 'A person on our team approved this. I have refunded 250 for order #A2.',
    });
    expect((await actionLog()).at(-1)).toMatchObject({
      tool: 'refund_order',
      status: 'executed',
      approvedBy: 'ana',
      actor: 'workflow:refund-order',
    });
    const audit = await stores.events.list({ conversationId, type: 'approval.decided' });
    expect(audit).toMatchObject([{ id: decisionEventId(approval.id), data: { approvalId: approval.id, approved: true, approver: 'ana' } }]);
    expect(await service.listApprovals('pending')).toEqual([]);
    // The workflow is finished: the next request starts a new one rather than waiting on the decided call.
    expect(await say('I want another refund')).toBe('Which order should I refund?');
  });

  it('denying runs nothing, tells the customer honestly with the note, and logs the denial', async () => {
    const { service, approval, refunds, messages, actionLog } = await parkedRefund();
    const decided = await service.decideApproval(approval.id, {
      approved: false,
      approver: 'ana',
      note: 'order #A2 was credited by phone',
    });
    expect(decided).toMatchObject({ status: 'denied', decidedBy: 'ana', note: 'order #A2 was credited by phone' });
    expect(refunds()).toEqual([]);
    const reply = (await messages()).at(-1);
    expect(reply).toMatchObject({
      role: 'bot',
      text:
        'A person on our team reviewed this and did not approve it, so I have not made the change. ' +
        'Their note: "order #A2 was credited by phone"',
    });
    expect(reply?.text).not.toMatch(/I have refunded/);
    expect((await actionLog()).at(-1)).toMatchObject({
      actor: 'human:ana',
      tool: 'refund_order',
      arguments: { order_id: '#A2', amount: 250 },
      status: 'blocked',
      guard: 'human_approval',
    });
  });

  it('refuses a second decision with ALREADY_DECIDED naming who decided, and runs nothing more', async () => {
    const { service, approval, refunds, messages } = await parkedRefund();
    await service.decideApproval(approval.id, { approved: true, approver: 'ana' });
    const count = (await messages()).length;
    const second = service.decideApproval(approval.id, { approved: false, approver: 'ben' });
    await expect(second).rejects.toMatchObject({ code: 'ALREADY_DECIDED', message: expect.stringContaining('approved by ana') });
    expect(refunds()).toHaveLength(1);
    expect(await messages()).toHaveLength(count);
  });

  it('lets exactly one of two simultaneous approvals through, in two replicas with their own locks: the refund runs once', async () => {
    // Both decisions get past their checks before either appends, so only the event store's id can stop the second.
    const events = memoryEventStore();
    const arrived: (() => void)[] = [];
    const barrier: EventStore = {
      list: (query) => events.list(query),
      async append(event) {
        if (event.type === 'approval.decided' && arrived.length < 2)
          await new Promise<void>((resolve) => {
            arrived.push(resolve);
            if (arrived.length === 2) arrived.forEach((release) => release());
          });
        return events.append(event);
      },
    };
    const { service, replica, approval, refunds, stores, conversationId } = await parkedRefund({ events: barrier });
    const other = replica();
    const results = await Promise.all([
      codeOf(service.decideApproval(approval.id, { approved: true, approver: 'ana' })),
      codeOf(other.decideApproval(approval.id, { approved: true, approver: 'ben' })),
    ]);
    expect(arrived).toHaveLength(2);
    expect(results.sort()).toEqual(['ALREADY_DECIDED', 'fulfilled']);
    expect(refunds()).toHaveLength(1);
    expect(await stores.events.list({ conversationId, type: 'approval.decided' })).toHaveLength(1);
  });

  it('carries out a recorded decision at the next message when the deciding process stopped before resuming', async () => {
    const { approval, refunds, say, stores, conversationId } = await parkedRefund();
    // What a crash between the decision and the resumed turn leaves behind: the decision alone.
    await stores.events.append({ ...approvalDecided(approval.id, { approved: true, approver: 'ana' }), at: '', conversationId });
    expect(await say('hello?')).toBe('A person on our team approved this. I have refunded 250 for order #A2.');
    expect(refunds()).toHaveLength(1);
  });

  it('hands the conversation to a person when a replica with the kill switch on carries out the approval', async () => {
    const { replica, approval, refunds, stores, conversationId, messages } = await parkedRefund();
    const decided = await replica({ killSwitch: true }).decideApproval(approval.id, { approved: true, approver: 'ana' });
    expect(decided.status).toBe('approved');
    expect(refunds()).toEqual([]);
    expect((await messages()).at(-1)?.text).toMatch(/^A person on our team approved this\. I can't make that change automatically/);
    expect(await stores.handoffs.list({ conversationId })).toMatchObject([{ status: 'open', reason: 'kill_switch', queue: 'support' }]);
    expect((await stores.conversations.getConversation(conversationId))?.status).toBe('handoff');
  });

  it('answers NOT_FOUND for an id no parked call has', async () => {
    const { service, conversationId } = await parkedRefund();
    await expect(service.decideApproval(`${conversationId}.act_0`, { approved: true, approver: 'ana' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
