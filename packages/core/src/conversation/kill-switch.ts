/**
 * The product-wide kill switch: a switch an operator flips at run time (`switchboard killswitch`, POST /v1/killswitch,
 * the console), kept in the shared store so every replica sees it within `cacheMilliseconds` without a restart. While
 * it is on, the conversation service runs no pipeline for a new message (so no answer and no tool call) and hands the
 * customer to the human queue with `killSwitchTurn`'s honest reply.
 */
import type { Clock, EventStore, IdGenerator, RuntimeSwitch, RuntimeSwitchStore } from '@switchboard/spec';
import type { PipelineResult } from '../pipeline/answer-pipeline.js';
import { inStageOrder } from '../pipeline/stage-order.js';
import { createRecentRead } from '../release/recent-read.js';

/** The switch's name in the RuntimeSwitchStore. */
export const killSwitchName = 'kill_switch';

/** The handoff reason, shared with the workflow policy's `killSwitch: true` (which stops writes only). */
export const killSwitchReason = 'kill_switch';

/** What the customer is told while the switch is on (config `killSwitch.message`); `{queue}` and `{hours}` from `handoff`. */
export const defaultKillSwitchMessage =
  "Our assistant is paused right now; a person from our {queue} team will reply here ({hours}). You don't need to repeat anything: they can see what you wrote.";

/** How long a replica trusts the state it read: a change shows on every replica within this. */
export const defaultKillSwitchCacheMilliseconds = 1000;

export interface KillSwitchChange {
  readonly on: boolean;
  readonly reason?: string | null;
  /** Who flips it: the API key's name, or `cli:<user>`. */
  readonly by: string | null;
}

export interface KillSwitch {
  /** The state through the cache (at most `cacheMilliseconds` old): what each message checks. Null when never set. */
  current(): Promise<RuntimeSwitch | null>;
  /** The state as stored now. */
  read(): Promise<RuntimeSwitch | null>;
  /** Stores the new state and records a `killswitch.changed` audit event with who and why; returns the new state. */
  set(change: KillSwitchChange): Promise<RuntimeSwitch>;
}

export interface KillSwitchDependencies {
  readonly switches: RuntimeSwitchStore;
  readonly events: EventStore;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  /** At most 2000; `defaultKillSwitchCacheMilliseconds` when absent. */
  readonly cacheMilliseconds?: number;
}

export function createKillSwitch(deps: KillSwitchDependencies): KillSwitch {
  const shared = createRecentRead(
    () => deps.switches.get(killSwitchName),
    deps.clock,
    deps.cacheMilliseconds ?? defaultKillSwitchCacheMilliseconds,
  );
  return {
    current: () => shared.current(),
    read: async () => shared.remember(await deps.switches.get(killSwitchName)),
    async set(change) {
      const before = await deps.switches.get(killSwitchName);
      const at = new Date(deps.clock()).toISOString();
      const state: RuntimeSwitch = { on: change.on, reason: change.reason?.trim() || null, by: change.by, at };
      await deps.switches.set(killSwitchName, state);
      shared.remember(state);
      await deps.events.append({
        id: deps.newId('evt'),
        type: 'killswitch.changed',
        at,
        conversationId: null,
        data: { on: state.on, reason: state.reason, by: state.by, wasOn: before?.on ?? false },
      });
      return state;
    },
  };
}

export interface KillSwitchTurnInput {
  readonly question: string;
  readonly conversationId: string;
  readonly state: RuntimeSwitch;
  readonly humanQueue: { readonly queue: string; readonly hours: string };
  /** The template of config `killSwitch.message`; `defaultKillSwitchMessage` when absent. */
  readonly message?: string;
  readonly traceId: string;
  readonly createdAt: string;
}

/**
 * What stands in for the pipeline's result while the switch is on: the honest reply, a transfer to the human queue
 * with reason `kill_switch`, and a trace whose every stage says `{skipped: 'kill switch on'}` after a `kill_switch`
 * stage naming who turned it on, when and why. Nothing ran, so there are no events of its own.
 */
export function killSwitchTurn(input: KillSwitchTurnInput): PipelineResult {
  const { queue, hours } = input.humanQueue;
  const text = (input.message ?? defaultKillSwitchMessage).replaceAll('{queue}', queue).replaceAll('{hours}', hours);
  const { reason, by, at } = input.state;
  const stages = inStageOrder([{ name: 'kill_switch', milliseconds: 0, detail: { on: true, reason, by, at } }], () => 'kill switch on');
  return {
    answer: {
      text,
      plainText: text,
      citations: [],
      confidence: 0,
      handoff: { mode: 'transferred', reason: killSwitchReason, queue },
      traceId: input.traceId,
    },
    trace: {
      id: input.traceId,
      conversationId: input.conversationId,
      query: input.question,
      createdAt: input.createdAt,
      stages,
      totalMilliseconds: 0,
    },
    composed: null,
    facts: { route: 'handoff', intent: null, safety: null, retrieved: [], toolsRun: [], persona: null, language: null, mode: 'handoff' },
    events: [],
  };
}
