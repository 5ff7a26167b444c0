import { describe, expect, it } from 'vitest';
import { createActionGateway } from './action-gateway.js';
import { createMemoryActionLog } from './action-log.js';
import type { PolicyGuards } from './policy.js';
import type { ToolDefinition, ToolExecutor } from './tool-definition.js';
import { createToolRegistry } from './tool-registry.js';
import type { WorkflowDefinition } from './workflow-definition.js';
import { createWorkflowRun } from './workflow-run.js';

const refundTool: ToolDefinition = {
  name: 'refund_order',
  description: 'Refund an order',
  arguments: { type: 'object', required: ['order_id', 'amount'], properties: { order_id: { type: 'string' }, amount: { type: 'number' } } },
  result: { type: 'object', required: ['refunded'] },
  writes: true,
  idempotent: false,
  timeoutMs: 1000,
  retries: 0,
  server: 'shop',
};

function conversation(workflow: WorkflowDefinition, guards: PolicyGuards = { confirmWrites: true }) {
  const refunds: unknown[] = [];
  const executor: ToolExecutor = {
    async execute(_definition, call) {
      refunds.push(call.arguments);
      return { refunded: call.arguments['amount'] };
    },
  };
  const gateway = createActionGateway({
    conversationId: 'conv-1',
    registry: createToolRegistry([refundTool]),
    executor,
    guards,
    log: createMemoryActionLog(),
    clock: () => 0,
    newId: (prefix) => `${prefix}_1`,
  });
  return { run: createWorkflowRun({ workflow, gateway, tools: [refundTool] }), refunds, gateway };
}

const orderStep = { collect: 'order_id', prompt: 'Which order?', pattern: '#A\\d+' };

describe('a conversation running a workflow', () => {
  it('blocks a reply claiming a refund that never ran', async () => {
    const { run, refunds } = conversation({
      name: 'lying-refund',
      description: '',
      intents: ['refund'],
      steps: [orderStep, { reply: "Good news: I've refunded order {{slots.order_id}} in full." }],
    });
    expect((await run.start()).replies).toEqual(['Which order?']);
    const turn = await run.handle({ type: 'message', text: 'it was #A12345' });
    expect(refunds).toEqual([]);
    expect(turn.replies.join(' ')).not.toMatch(/refunded/);
    expect(turn.blocked).toHaveLength(1);
    expect(turn.blocked[0]!.unsupported.map((claim) => claim.kind)).toEqual(['refund']);
  });

  it('lets the claim through once the confirmed refund ran', async () => {
    const { run, refunds, gateway } = conversation({
      name: 'refund',
      description: '',
      intents: ['refund'],
      steps: [
        orderStep,
        { confirm: 'Refund 20 for {{slots.order_id}}?' },
        { call: 'refund_order', arguments: { order_id: '{{slots.order_id}}', amount: 20 } },
        { reply: "I've refunded order {{slots.order_id}}." },
      ],
    });
    await run.start();
    const asked = await run.handle({ type: 'message', text: '#A12345' });
    expect(asked.waitingFor).toEqual({
      kind: 'confirmation',
      call: { tool: 'refund_order', arguments: { order_id: '#A12345', amount: 20 } },
    });
    const done = await run.handle({ type: 'confirm', yes: true });
    expect(refunds).toEqual([{ order_id: '#A12345', amount: 20 }]);
    expect(done).toMatchObject({ status: 'done', replies: ["I've refunded order #A12345."], blocked: [] });
    expect(gateway.log().map((entry) => entry.status)).toEqual(['executed']);
  });

  it('waits for a human above the workflow authority limit, then runs the approved call', async () => {
    const workflow: WorkflowDefinition = {
      name: 'big-refund',
      description: '',
      intents: [],
      authority: [{ tool: 'refund_order', argument: 'amount', max: 100 }],
      steps: [{ call: 'refund_order', arguments: { order_id: '#A1', amount: 500 } }, { reply: 'I have refunded order #A1.' }],
    };
    const { run, refunds, gateway } = conversation(workflow, { authorityLimits: workflow.authority ?? [] });
    const parked = await run.start();
    expect(parked.waitingFor?.kind).toBe('approval');
    expect(refunds).toEqual([]);
    const approved = await run.handle({ type: 'approval', approved: true, approver: 'kim' });
    expect(refunds).toHaveLength(1);
    expect(approved.replies).toEqual(['A person on our team approved this.', 'I have refunded order #A1.']);
    expect(gateway.log().map((entry) => [entry.status, entry.guard, entry.approvedBy])).toEqual([
      ['awaiting_approval', 'authority_limit', undefined],
      ['executed', undefined, 'kim'],
    ]);
  });

  it('says honestly that a person declined, passes on their note, and logs the denial without running the call', async () => {
    const workflow: WorkflowDefinition = {
      name: 'big-refund',
      description: '',
      intents: [],
      authority: [{ tool: 'refund_order', argument: 'amount', max: 100 }],
      steps: [{ call: 'refund_order', arguments: { order_id: '#A1', amount: 500 } }, { reply: 'I have refunded order #A1.' }],
    };
    const { run, refunds, gateway } = conversation(workflow, { authorityLimits: workflow.authority ?? [] });
    await run.start();
    const denied = await run.handle({ type: 'approval', approved: false, approver: 'kim', note: 'the order was already credited' });
    expect(refunds).toEqual([]);
    expect(denied).toMatchObject({ status: 'done', waitingFor: null, blocked: [] });
    expect(denied.replies).toEqual([
      'A person on our team reviewed this and did not approve it, so I have not made the change.',
      'Their note: "the order was already credited"',
    ]);
    expect(gateway.log().at(-1)).toMatchObject({
      actor: 'human:kim',
      tool: 'refund_order',
      status: 'blocked',
      guard: 'human_approval',
      reason: 'kim declined it: the order was already credited',
    });
  });

  it('logs the call an approve step holds, so the parked call is in the action log before anyone decides', async () => {
    const { run, refunds, gateway } = conversation(
      {
        name: 'goodwill',
        description: '',
        intents: [],
        steps: [
          { approve: 'A colleague approves goodwill refunds first.' },
          { call: 'refund_order', arguments: { order_id: '#A2', amount: 30 } },
          { reply: 'I have refunded order #A2.' },
        ],
      },
      {},
    );
    const parked = await run.start();
    expect(parked.waitingFor).toEqual({ kind: 'approval', call: { tool: 'refund_order', arguments: { order_id: '#A2', amount: 30 } } });
    expect(gateway.log()).toMatchObject([
      {
        status: 'awaiting_approval',
        guard: 'approve_step',
        reason: 'A colleague approves goodwill refunds first.',
        actor: 'workflow:goodwill',
      },
    ]);
    expect(refunds).toEqual([]);
    const approved = await run.handle({ type: 'approval', approved: true, approver: 'lee' });
    expect(refunds).toEqual([{ order_id: '#A2', amount: 30 }]);
    expect(approved.replies.at(-1)).toBe('I have refunded order #A2.');
    expect(gateway.log().at(-1)).toMatchObject({ status: 'executed', approvedBy: 'lee' });
  });

  it('makes no change when the customer declines', async () => {
    const { run, refunds } = conversation({
      name: 'refund',
      description: '',
      intents: [],
      steps: [{ confirm: 'Refund?' }, { call: 'refund_order', arguments: { order_id: '#A1', amount: 5 } }],
    });
    await run.start();
    const turn = await run.handle({ type: 'confirm', yes: false });
    expect(refunds).toEqual([]);
    expect(turn).toMatchObject({ status: 'done', replies: ['Okay, I have not made any change.'] });
  });
});

describe('a workflow run for a customer a signed identity token verified (issue 18)', () => {
  const loginTool: ToolDefinition = {
    ...refundTool,
    name: 'find_user_by_email',
    arguments: { type: 'object', properties: { email: { type: 'string' } } },
    result: { type: 'string' },
    writes: false,
    idempotent: true,
  };
  const workflow: WorkflowDefinition = {
    name: 'refund',
    description: '',
    intents: ['refund'],
    steps: [
      { collect: 'email', prompt: 'What is your email?', pattern: '\\S+@\\S+' },
      { call: 'find_user_by_email', arguments: { email: '{{slots.email}}' }, save: 'user_id' },
      { reply: 'Hello {{user_id}}.' },
    ],
  };
  function run(verifiedCustomerId: string | null, steps = workflow.steps) {
    const lookups: unknown[] = [];
    const executor: ToolExecutor = { execute: async (_definition, call) => (lookups.push(call.arguments), 'emailed_customer') };
    const gateway = createActionGateway({
      conversationId: 'conv-1',
      registry: createToolRegistry([loginTool]),
      executor,
      guards: { authentication: { tools: ['find_user_by_email'], openTools: [] } },
      log: createMemoryActionLog(),
      clock: () => 0,
      newId: (prefix) => `${prefix}_1`,
      verifiedCustomerId,
    });
    const tools = [loginTool];
    return {
      run: createWorkflowRun({ workflow: { ...workflow, steps }, gateway, tools, authenticationTools: ['find_user_by_email'] }),
      lookups,
    };
  }

  it('skips the email question and the lookup, saving the verified id', async () => {
    const { run: verified, lookups } = run('cust_9');
    expect((await verified.start()).replies).toEqual(['Hello cust_9.']);
    expect(lookups).toEqual([]);
  });

  it('still asks an anonymous customer to authenticate', async () => {
    const { run: anonymous, lookups } = run(null);
    expect((await anonymous.start()).replies).toEqual(['What is your email?']);
    expect((await anonymous.handle({ type: 'message', text: 'a@example.com' })).replies).toEqual(['Hello emailed_customer.']);
    expect(lookups).toEqual([{ email: 'a@example.com' }]);
  });

  it('still asks for a slot another step uses too', async () => {
    const steps = [...workflow.steps, { reply: 'We will write to {{slots.email}}.' }];
    expect((await run('cust_9', steps).run.start()).replies).toEqual(['What is your email?']);
  });
});
