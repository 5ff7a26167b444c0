/** Checks one call against the workspace's policy guards; returns the blocking guard and a reason, or null. */
import type { PolicyGuards } from './policy.js';
import type { ToolCall, ToolDefinition } from './tool-definition.js';

/** What the guards know about the conversation so far. */
export interface GuardState {
  readonly customerId: string | null;
  /** `rule index|record id` of once-per-record actions already executed. */
  readonly used: ReadonlySet<string>;
  /** callKey of calls the customer confirmed and not yet consumed. */
  readonly confirmed: ReadonlySet<string>;
  /** callKey of calls a human approved. */
  readonly approved: ReadonlySet<string>;
}

export interface GuardVerdict {
  readonly guard: string;
  readonly reason: string;
  /** 'blocked' stops the call; 'awaiting_approval' parks it for a human. */
  readonly status: 'blocked' | 'awaiting_approval';
  readonly handedOff?: boolean;
}

export interface PolicyCheckInput {
  readonly call: ToolCall;
  readonly definition: ToolDefinition;
  readonly guards: PolicyGuards;
  readonly state: GuardState;
  readonly key: string;
  /** Reads a record through its read tool; throws when it does not exist. */
  readonly readRecord: (kind: string, id: string) => Promise<Record<string, unknown>>;
}

const quote = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));

export function onceKey(ruleIndex: number, id: unknown): string {
  return `${ruleIndex}|${String(id)}`;
}

export async function checkPolicy(input: PolicyCheckInput): Promise<GuardVerdict | null> {
  const { call, definition, guards, state } = input;
  const args = call.arguments;
  const block = (guard: string, reason: string): GuardVerdict => ({ guard, reason, status: 'blocked' });
  const auth = guards.authentication;
  const isAuthTool = auth?.tools.includes(call.tool) ?? false;
  if (auth && !isAuthTool && !auth.openTools.includes(call.tool) && state.customerId === null)
    return block(
      'authentication',
      `I need to verify who you are before I can use ${call.tool}: please give your email, or your name and zip code`,
    );
  for (const rule of guards.allowedValues ?? []) {
    if (!rule.tools.includes(call.tool) || !(rule.argument in args)) continue;
    if (!rule.values.includes(args[rule.argument]))
      return block(
        'allowed_values',
        rule.message ?? `${rule.argument} ${quote(args[rule.argument])} is not allowed; use one of ${rule.values.map(quote).join(', ')}`,
      );
  }
  if (!isAuthTool && state.customerId !== null) {
    for (const rule of guards.ownership ?? []) {
      const value = args[rule.argument];
      if (value === undefined) continue;
      const owner = rule.record
        ? (await input.readRecord(rule.record, String(value)))[guards.records?.[rule.record]?.ownerField ?? '']
        : value;
      if (owner !== state.customerId)
        return block(
          'ownership',
          `${rule.record ?? rule.argument} ${quote(value)} does not belong to the customer verified in this conversation`,
        );
    }
  }
  for (const rule of guards.preconditions ?? []) {
    if (!rule.tools.includes(call.tool) || args[rule.argument] === undefined) continue;
    const record = await input.readRecord(rule.record, String(args[rule.argument]));
    if (!rule.in.includes(record[rule.field]))
      return block('precondition', `${rule.message} (${rule.record} ${quote(args[rule.argument])} is ${quote(record[rule.field])})`);
  }
  for (const [index, rule] of (guards.oncePerRecord ?? []).entries()) {
    if (!rule.tools.includes(call.tool) || args[rule.argument] === undefined) continue;
    if (state.used.has(onceKey(index, args[rule.argument])))
      return block(
        'once_per_record',
        rule.message ?? `${call.tool} was already done once for ${quote(args[rule.argument])} and cannot be repeated`,
      );
  }
  if (definition.writes && guards.killSwitch)
    return {
      guard: 'kill_switch',
      reason: 'automated changes are switched off right now, so a human agent will take this over',
      status: 'blocked',
      handedOff: true,
    };
  for (const limit of guards.authorityLimits ?? []) {
    const amount = args[limit.argument];
    if (limit.tool === call.tool && typeof amount === 'number' && amount > limit.max && !state.approved.has(input.key))
      return {
        guard: 'authority_limit',
        reason: `${limit.argument} ${amount} is above the automatic limit of ${limit.max}; a human must approve it`,
        status: 'awaiting_approval',
      };
  }
  if (definition.writes && guards.confirmWrites && !state.confirmed.has(input.key))
    return block(
      'confirmation',
      `the customer has not confirmed these exact details of ${call.tool} yet; list them and ask for a yes first`,
    );
  return null;
}
