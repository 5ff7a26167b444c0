import { describe, expect, it } from 'vitest';
import { SwitchboardError } from '@switchboard/spec';
import { createActionGateway, type StartTimer } from './action-gateway.js';
import { createMemoryActionLog } from './action-log.js';
import type { PolicyGuards } from './policy.js';
import type { ToolDefinition, ToolExecutor } from './tool-definition.js';
import { createToolRegistry } from './tool-registry.js';

const tool = (name: string, overrides: Partial<ToolDefinition> = {}): ToolDefinition => ({
  name,
  description: name,
  arguments: { type: 'object', properties: { id: { type: 'string' }, amount: { type: 'number' } } },
  result: { type: 'object', required: ['ok'] },
  writes: false,
  idempotent: true,
  timeoutMs: 50,
  retries: 2,
  server: 'test',
  ...overrides,
});

const tools = [
  tool('login', { result: { type: 'string' } }),
  tool('read'),
  tool('refund', { writes: true, idempotent: false }),
  tool('flaky'),
  tool('flaky_write', { writes: true, idempotent: false }),
  tool('slow', { retries: 0 }),
  tool('handoff', { handoff: true, arguments: { type: 'object' }, result: { type: 'string' } }),
];

function setup(guards: PolicyGuards, behaviour: Record<string, (attempt: number) => unknown> = {}, verifiedCustomerId?: string) {
  const calls: { tool: string; key?: string }[] = [];
  const executor: ToolExecutor = {
    async execute(_definition, call, context) {
      calls.push({ tool: call.tool, ...(context.idempotencyKey ? { key: context.idempotencyKey } : {}) });
      const attempt = calls.filter((c) => c.tool === call.tool).length;
      if (call.tool === 'login') return 'cust_1';
      if (call.tool === 'handoff') return 'handed off';
      if (call.tool === 'slow') return new Promise(() => undefined);
      return behaviour[call.tool]?.(attempt) ?? { ok: true };
    },
  };
  const timers: (() => void)[] = [];
  const startTimer: StartTimer = (_ms, onTimeout) => (timers.push(onTimeout), () => undefined);
  const gateway = createActionGateway({
    conversationId: 'c1',
    registry: createToolRegistry(tools, { builtins: false }),
    executor,
    guards,
    log: createMemoryActionLog(),
    clock: () => 0,
    newId: (prefix) => `${prefix}_${calls.length}`,
    startTimer,
    ...(verifiedCustomerId ? { verifiedCustomerId } : {}),
  });
  return { gateway, calls, timers };
}

const transient = () => {
  throw new SwitchboardError('PROVIDER_FAILURE', 'upstream 503', { isRetryable: true });
};

describe('createActionGateway', () => {
  it('retries a retryable failure of an idempotent tool', async () => {
    const { gateway, calls } = setup({}, { flaky: (attempt) => (attempt < 3 ? transient() : { ok: true }) });
    expect((await gateway.attempt({ tool: 'flaky', arguments: {} })).status).toBe('executed');
    expect(calls).toHaveLength(3);
  });

  it('never retries a tool that is not idempotent', async () => {
    const { gateway, calls } = setup({}, { flaky_write: transient });
    expect((await gateway.attempt({ tool: 'flaky_write', arguments: {} })).status).toBe('failed');
    expect(calls).toHaveLength(1);
  });

  it('passes the same idempotency key for the same write in the conversation', async () => {
    const { gateway, calls } = setup({});
    await gateway.attempt({ tool: 'refund', arguments: { id: 'o1', amount: 5 } });
    await gateway.attempt({ tool: 'refund', arguments: { amount: 5, id: 'o1' } });
    await gateway.attempt({ tool: 'refund', arguments: { id: 'o2', amount: 5 } });
    expect(calls[0]!.key).toBe(calls[1]!.key);
    expect(calls[2]!.key).not.toBe(calls[0]!.key);
  });

  it('fails a call that outlives its timeout', async () => {
    const { gateway, timers } = setup({});
    let settled = false;
    const pending = gateway.attempt({ tool: 'slow', arguments: {} }).finally(() => (settled = true));
    while (!settled) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      timers.splice(0).forEach((fire) => fire());
    }
    const outcome = await pending;
    expect(outcome).toMatchObject({ status: 'failed' });
    expect(outcome.reason).toMatch(/timed out/);
  });

  it('fails a result that breaks the result schema, naming the tool and field', async () => {
    const { gateway } = setup({}, { read: () => ({ nope: 1 }) });
    expect((await gateway.attempt({ tool: 'read', arguments: {} })).reason).toBe("tool 'read': result field 'ok' is required");
  });

  it('turns every write into a handoff when the kill switch is on', async () => {
    const { gateway, calls } = setup({ killSwitch: true });
    const outcome = await gateway.attempt({ tool: 'refund', arguments: { id: 'o1' } });
    expect(outcome).toMatchObject({ status: 'blocked', guard: 'kill_switch' });
    expect(calls.map((call) => call.tool)).toEqual(['handoff']);
    expect(gateway.log().map((entry) => [entry.tool, entry.status, entry.actor])).toEqual([
      ['refund', 'blocked', 'agent'],
      ['handoff', 'executed', 'engine'],
    ]);
  });

  it('parks a call above the authority limit until a human approves it', async () => {
    const { gateway, calls } = setup({ authorityLimits: [{ tool: 'refund', argument: 'amount', max: 100 }] });
    expect((await gateway.attempt({ tool: 'refund', arguments: { id: 'o1', amount: 80 } })).status).toBe('executed');
    const big = { tool: 'refund', arguments: { id: 'o2', amount: 250 } };
    expect((await gateway.attempt(big)).status).toBe('awaiting_approval');
    gateway.approve(big, 'sam');
    expect((await gateway.attempt(big)).entry).toMatchObject({ status: 'executed', approvedBy: 'sam' });
    expect(calls.filter((call) => call.tool === 'refund')).toHaveLength(2);
    // The approval covered that one run: the same call again waits for a person again.
    expect((await gateway.attempt(big)).status).toBe('awaiting_approval');
    expect(calls.filter((call) => call.tool === 'refund')).toHaveLength(2);
  });

  it('allows a once-per-record action once per record', async () => {
    const { gateway } = setup({ oncePerRecord: [{ tools: ['refund'], argument: 'id' }] });
    expect((await gateway.attempt({ tool: 'refund', arguments: { id: 'o1', amount: 1 } })).status).toBe('executed');
    expect((await gateway.attempt({ tool: 'refund', arguments: { id: 'o1', amount: 2 } })).guard).toBe('once_per_record');
    expect((await gateway.attempt({ tool: 'refund', arguments: { id: 'o2', amount: 2 } })).status).toBe('executed');
  });

  it('consumes a confirmation with the write it confirmed', async () => {
    const { gateway } = setup({ confirmWrites: true });
    const call = { tool: 'refund', arguments: { id: 'o1' } };
    gateway.confirm(call);
    expect((await gateway.attempt(call)).status).toBe('executed');
    expect((await gateway.attempt(call)).guard).toBe('confirmation');
  });

  it('logs every attempt, blocked ones included, and the log cannot be edited', async () => {
    const { gateway } = setup({ authentication: { tools: ['login'], openTools: [] } });
    await gateway.attempt({ tool: 'read', arguments: {} });
    await gateway.attempt({ tool: 'login', arguments: {} });
    const log = gateway.log();
    expect(log.map((entry) => entry.status)).toEqual(['blocked', 'executed']);
    expect(gateway.customerId()).toBe('cust_1');
    expect(() => ((log[0] as { status: string }).status = 'executed')).toThrow();
  });

  it('starts from the customer a signed identity token verified: no authentication, and ownership enforced (issue 18)', async () => {
    const guards: PolicyGuards = {
      authentication: { tools: ['login'], openTools: [] },
      ownership: [{ argument: 'id' }],
      oneCustomerPerConversation: true,
    };
    const { gateway } = setup(guards, {}, 'cust_2');
    expect(gateway.customerId()).toBe('cust_2');
    expect((await gateway.attempt({ tool: 'read', arguments: { id: 'cust_2' } })).status).toBe('executed');
    const other = await gateway.attempt({ tool: 'read', arguments: { id: 'cust_1' } });
    expect(other).toMatchObject({ status: 'blocked', guard: 'ownership' });
    // Authenticating as someone else by email does not switch the conversation to them.
    expect(await gateway.attempt({ tool: 'login', arguments: {} })).toMatchObject({ status: 'blocked', guard: 'one_customer' });
    expect(gateway.customerId()).toBe('cust_2');
  });
});
