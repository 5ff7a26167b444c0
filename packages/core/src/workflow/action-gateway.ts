/** The one door every tool call goes through: validation, policy guards, timeouts, retries, and the action log. */
import { SwitchboardError, isSwitchboardError, type Clock, type IdGenerator } from '@switchboard/spec';
import type { ActionLog, ActionLogEntry, ActionStatus } from './action-log.js';
import { callKey, idempotencyKey } from './call-key.js';
import { checkPolicy, onceKey, type GuardVerdict } from './policy-check.js';
import type { PolicyGuards } from './policy.js';
import type { ToolCall, ToolDefinition, ToolExecutor } from './tool-definition.js';
import type { ToolRegistry } from './tool-registry.js';

/** Starts a timer and returns its cancel function; the app passes setTimeout/clearTimeout, tests a fake. */
export type StartTimer = (ms: number, onTimeout: () => void) => () => void;

export interface ActionGatewayOptions {
  readonly conversationId: string;
  readonly registry: ToolRegistry;
  readonly executor: ToolExecutor;
  readonly guards: PolicyGuards;
  readonly log: ActionLog;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  readonly startTimer?: StartTimer;
  /** Confirmations and approvals given in earlier messages and not used yet (from `pending()`). */
  readonly pending?: PendingConsent;
  /** The customer a signed identity token verified; the gateway treats them as authenticated from the start. */
  readonly verifiedCustomerId?: string | null;
}

/** callKeys of confirmed and approved calls that have not run yet. */
export interface PendingConsent {
  readonly confirmed: readonly string[];
  readonly approved: readonly string[];
  /** callKey → the person who approved it, for the action-log entry of the run; absent in states stored before it. */
  readonly approvers?: Readonly<Record<string, string>>;
}

export interface ActionOutcome {
  readonly status: ActionStatus;
  readonly reason?: string;
  readonly guard?: string;
  readonly result?: unknown;
  readonly entry: ActionLogEntry;
}

export interface ActionGateway {
  readonly conversationId: string;
  customerId(): string | null;
  attempt(call: ToolCall, options?: { actor?: string }): Promise<ActionOutcome>;
  /** Records that the customer explicitly confirmed these exact details; the next matching write may run. */
  confirm(call: ToolCall): void;
  /** Records a human's approval of a parked call; the next matching call runs, logged as approved by `approver`. */
  approve(call: ToolCall, approver: string): void;
  /** Logs that a person declined a parked call (status 'blocked', guard 'human_approval'); nothing runs. */
  deny(call: ToolCall, approver: string, note: string | null): ActionOutcome;
  /** Logs a call a workflow's `approve` step holds for a person (status 'awaiting_approval'); nothing runs. */
  park(call: ToolCall, options: { readonly actor: string; readonly reason: string }): ActionOutcome;
  log(): readonly ActionLogEntry[];
  /** Consent not yet used, to store between messages. */
  pending(): PendingConsent;
}

export function createActionGateway(options: ActionGatewayOptions): ActionGateway {
  const { registry, executor, guards, log, conversationId } = options;
  let customerId: string | null = options.verifiedCustomerId ?? null;
  const used = new Set<string>();
  const confirmed = new Set<string>(options.pending?.confirmed);
  const approved = new Set<string>(options.pending?.approved);
  const approvers = new Map<string, string>(Object.entries(options.pending?.approvers ?? {}));

  async function runWithLimits(definition: ToolDefinition, call: ToolCall, key: string | undefined): Promise<unknown> {
    const attempts = 1 + (definition.idempotent ? definition.retries : 0);
    for (let attempt = 1; ; attempt++) {
      const controller = new AbortController();
      let cancelTimer = (): void => undefined;
      const timedOut = new Promise<never>((_, reject) => {
        cancelTimer =
          options.startTimer?.(definition.timeoutMs, () => {
            const error = new SwitchboardError('PROVIDER_FAILURE', `tool '${call.tool}' timed out after ${definition.timeoutMs} ms`, {
              isRetryable: true,
            });
            controller.abort(error);
            reject(error);
          }) ?? cancelTimer;
      });
      try {
        const context = key === undefined ? { signal: controller.signal } : { signal: controller.signal, idempotencyKey: key };
        return await Promise.race([executor.execute(definition, call, context), timedOut]);
      } catch (error) {
        if (attempt >= attempts || !isSwitchboardError(error) || !error.isRetryable) throw error;
      } finally {
        cancelTimer();
      }
    }
  }

  async function readRecord(kind: string, id: string): Promise<Record<string, unknown>> {
    const source = guards.records?.[kind];
    const definition = source && registry.get(source.tool);
    if (!source || !definition)
      throw new SwitchboardError('CONFIG_INVALID', `policy: record kind '${kind}' has no read tool in tools.yaml`);
    const call = { tool: source.tool, arguments: { [source.argument]: id } };
    registry.checkArguments(source.tool, call.arguments);
    const record = await runWithLimits(definition, call, undefined);
    registry.checkResult(source.tool, record);
    return record as Record<string, unknown>;
  }

  function write(
    call: ToolCall,
    actor: string,
    fields: Omit<ActionLogEntry, 'id' | 'conversationId' | 'actor' | 'tool' | 'arguments' | 'at'>,
  ): ActionOutcome {
    const entry: ActionLogEntry = {
      id: options.newId('act'),
      conversationId,
      actor,
      tool: call.tool,
      arguments: call.arguments,
      at: new Date(options.clock()).toISOString(),
      ...fields,
    };
    log.append(entry);
    const { status, reason, guard, result } = entry;
    return {
      status,
      entry,
      ...(reason === undefined ? {} : { reason }),
      ...(guard === undefined ? {} : { guard }),
      ...(result === undefined ? {} : { result }),
    };
  }

  async function handOff(call: ToolCall, verdict: GuardVerdict): Promise<void> {
    const tool = registry.list().find((definition) => definition.handoff);
    if (!tool) return;
    const summary = `Automated ${call.tool} was not run (${verdict.reason}). Requested: ${JSON.stringify(call.arguments)}`;
    await gateway.attempt({ tool: tool.name, arguments: { summary } }, { actor: 'engine' });
  }

  // What an executed call teaches the guards: who is verified, which once-per-record actions are used up.
  function remember(outcome: ActionOutcome): ActionOutcome {
    const { tool, arguments: args, result, status } = outcome.entry;
    if (status !== 'executed') return outcome;
    if (guards.authentication?.tools.includes(tool)) customerId = String(result);
    for (const [index, rule] of (guards.oncePerRecord ?? []).entries())
      if (rule.tools.includes(tool) && args[rule.argument] !== undefined) used.add(onceKey(index, args[rule.argument]));
    return outcome;
  }
  // A gateway over a log with history (a later message of the conversation) starts from what that history taught.
  for (const entry of log.list(conversationId)) remember({ status: entry.status, entry });

  const gateway: ActionGateway = {
    conversationId,
    customerId: () => customerId,
    pending: () => ({ confirmed: [...confirmed], approved: [...approved], approvers: Object.fromEntries(approvers) }),
    confirm: (call) => void confirmed.add(callKey(call)),
    approve(call, approver) {
      approved.add(callKey(call));
      approvers.set(callKey(call), approver);
    },
    deny: (call, approver, note) =>
      write(call, `human:${approver}`, {
        status: 'blocked',
        guard: 'human_approval',
        reason: `${approver} declined it${note ? `: ${note}` : ''}`,
      }),
    park: (call, { actor, reason }) => write(call, actor, { status: 'awaiting_approval', guard: 'approve_step', reason }),
    log: () => log.list(conversationId),
    async attempt(call, { actor = 'agent' } = {}) {
      const definition = registry.get(call.tool);
      if (!definition) return write(call, actor, { status: 'failed', reason: `unknown tool '${call.tool}'` });
      const key = callKey(call);
      try {
        registry.checkArguments(call.tool, call.arguments);
        const verdict = await checkPolicy({ call, definition, guards, state: { customerId, used, confirmed, approved }, key, readRecord });
        if (verdict) {
          const outcome = write(call, actor, {
            status: verdict.status,
            reason: verdict.reason,
            guard: verdict.guard,
            ...(verdict.handedOff ? { handedOff: true } : {}),
          });
          if (verdict.handedOff) await handOff(call, verdict);
          return outcome;
        }
        const writeKey = definition.writes ? idempotencyKey(conversationId, call) : undefined;
        const result = await runWithLimits(definition, call, writeKey);
        registry.checkResult(call.tool, result);
        const keyField = writeKey === undefined ? {} : { idempotencyKey: writeKey };
        if (
          guards.authentication?.tools.includes(call.tool) &&
          customerId !== null &&
          result !== customerId &&
          guards.oneCustomerPerConversation
        )
          return write(call, actor, {
            status: 'blocked',
            guard: 'one_customer',
            reason: 'this conversation is already with another verified customer; I can only help one customer per conversation',
          });
        confirmed.delete(key);
        // An approval covers one run of the call, like a confirmation.
        const approvedBy = approvers.get(key);
        approved.delete(key);
        approvers.delete(key);
        return remember(write(call, actor, { status: 'executed', result, ...keyField, ...(approvedBy ? { approvedBy } : {}) }));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return write(call, actor, { status: 'failed', reason });
      }
    },
  };
  return gateway;
}
