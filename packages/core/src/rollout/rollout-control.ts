/**
 * Starting, ticking and steering a staged rollout over the shared stores. Every change is a conditional write on the
 * rollout's version, so of several replicas ticking at once exactly one applies a decision; each applied decision is a
 * `rollout.decided` audit event, passed to `notify` (the app's webhooks) too.
 */
import { SwitchboardError } from '@switchboard/spec';
import type {
  Clock,
  EventStore,
  IdGenerator,
  ReleaseStore,
  Rollout,
  RolloutDecisionRecord,
  RolloutStore,
  SwitchboardEvent,
} from '@switchboard/spec';
import { decideRolloutTick, type RolloutDecision } from '../experiments/decide-rollout-tick.js';
import type { GuardrailResult } from '../experiments/guardrail-test.js';
import { rolloutEvidence } from './rollout-evidence.js';
import { rolloutGuardrailSpecs, type RolloutSettings } from './rollout-guardrails.js';

export interface RolloutControlDependencies {
  readonly rollouts: RolloutStore;
  readonly releases: ReleaseStore;
  readonly events: EventStore;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  readonly settings: RolloutSettings;
  /** Told of every applied decision (the app posts it to `rollout.webhooks`); must not throw. */
  readonly notify?: (event: SwitchboardEvent) => void;
}

export interface RolloutStartOptions {
  readonly release: string;
  readonly stages?: readonly number[];
  readonly firstStageIntents?: readonly string[];
  readonly minConversations?: number;
  readonly minHours?: number;
  /** Who starts it, for the first decision's reason. */
  readonly by: string;
}

export interface RolloutStatus {
  readonly release: string;
  readonly baseline: string;
  readonly state: Rollout['state'];
  /** Index into the rollout's stages. */
  readonly stage: number;
  readonly arms: readonly { readonly arm: string; readonly release: string; readonly percent: number; readonly conversations: number }[];
  readonly guardrails: readonly GuardrailResult[];
  readonly decisions: Rollout['decisions'];
}

export type Steering = 'pause' | 'resume' | 'promote' | 'rollback';

export interface RolloutControl {
  start(options: RolloutStartOptions): Promise<Rollout>;
  /** Decides and applies one tick; null when no rollout is running. `applied` false: another replica decided first, or a repeated hold. */
  tick(): Promise<{ readonly decision: RolloutDecision; readonly applied: boolean } | null>;
  /** An operator's change; rejects with VALIDATION_FAILED when the rollout's state does not allow it. */
  steer(action: Steering, by: string, reason?: string): Promise<Rollout>;
  status(): Promise<RolloutStatus | null>;
}

const stateAfter: Record<Steering, { readonly from: readonly Rollout['state'][]; readonly to: Rollout['state'] }> = {
  pause: { from: ['running'], to: 'paused' },
  resume: { from: ['paused'], to: 'running' },
  promote: { from: ['running', 'paused'], to: 'completed' },
  rollback: { from: ['running', 'paused'], to: 'rolled_back' },
};

export function createRolloutControl(deps: RolloutControlDependencies): RolloutControl {
  const specs = rolloutGuardrailSpecs(deps.settings);
  const iso = (): string => new Date(deps.clock()).toISOString();

  const evaluate = async (rollout: Rollout) => {
    const now = deps.clock();
    const asOf = new Date(now).toISOString();
    const events = await deps.events.list({ since: rollout.startedAt });
    const evidence = rolloutEvidence(rollout, events, asOf, deps.settings.sloP95Ms);
    const share = (rollout.stages[rollout.stage] ?? 0) / 100;
    const decision = decideRolloutTick({
      stages: rollout.stages.map((percent) => percent / 100),
      stageIndex: rollout.stage,
      stageStartedAt: Date.parse(rollout.stageStartedAt),
      now,
      minimums: { unitsPerArm: rollout.minConversations, hours: rollout.minHours },
      stageUnits: evidence.stageUnits,
      guardrails: specs.map((spec) => ({ spec, data: evidence.data[spec.name as keyof typeof evidence.data] })),
      ...(share > 0 && share < 1
        ? { sampleRatio: { observed: [evidence.stageUnits.candidate, evidence.stageUnits.baseline], expectedShares: [share, 1 - share] } }
        : {}),
    });
    return { decision, evidence };
  };

  /** Stores `next` if the rollout is unchanged since read, then moves the serving pointer and records the decision. */
  const apply = async (rollout: Rollout, next: Rollout, record: RolloutDecisionRecord): Promise<boolean> => {
    const stored: Rollout = { ...next, decisions: [...rollout.decisions, record] };
    if (!(await deps.rollouts.update(stored, rollout.version))) return false;
    const serving = next.state === 'completed' ? next.release : next.state === 'rolled_back' ? next.baseline : null;
    if (serving !== null) {
      const current = await deps.releases.serving();
      if (current !== serving) await deps.releases.setServing(serving, current);
    }
    const event: SwitchboardEvent = {
      id: deps.newId('evt'),
      type: 'rollout.decided',
      at: record.at,
      conversationId: null,
      data: { rolloutId: next.id, release: next.release, baseline: next.baseline, state: next.state, stage: next.stage, ...record },
    };
    await deps.events.append(event);
    deps.notify?.(event);
    return true;
  };

  return {
    async start(options) {
      if (!(await deps.releases.get(options.release)))
        throw new SwitchboardError('NOT_FOUND', `no release named '${options.release}'; see \`switchboard release list\``);
      const baseline = await deps.releases.serving();
      if (baseline === null)
        throw new SwitchboardError(
          'VALIDATION_FAILED',
          'no release is serving yet; make one serving with `switchboard release serve NAME` first',
        );
      if (baseline === options.release)
        throw new SwitchboardError('VALIDATION_FAILED', `release '${baseline}' already serves; create a new release to roll out`);
      const stages = options.stages ?? [5, 20, 50, 100];
      if (
        stages.length === 0 ||
        stages.some((p, i) => !(p > 0 && p <= 100) || (i > 0 && p <= (stages[i - 1] ?? 0))) ||
        stages[stages.length - 1] !== 100
      )
        throw new SwitchboardError(
          'VALIDATION_FAILED',
          `--stages must be increasing percentages in (0, 100] ending at 100, got ${stages.join(',')}`,
        );
      const at = iso();
      const id = deps.newId('rollout');
      const rollout: Rollout = {
        id,
        release: options.release,
        baseline,
        state: 'running',
        stage: 0,
        stages: [...stages],
        firstStageIntents: [...(options.firstStageIntents ?? [])],
        minConversations: options.minConversations ?? 100,
        minHours: options.minHours ?? 24,
        salt: `rollout:${id}`,
        startedAt: at,
        stageStartedAt: at,
        decisions: [{ at, action: 'start', reason: `started by ${options.by} at ${stages[0]}%`, guardrail: null }],
        version: 0,
      };
      if (!(await deps.rollouts.create(rollout)))
        throw new SwitchboardError(
          'VALIDATION_FAILED',
          'a rollout is already running or paused; see `switchboard rollout status`, then promote or roll it back',
        );
      return rollout;
    },

    async tick() {
      const rollout = await deps.rollouts.latest();
      if (rollout?.state !== 'running') return null;
      const { decision } = await evaluate(rollout);
      const record: RolloutDecisionRecord = {
        at: iso(),
        action: decision.action,
        reason: decision.reason,
        guardrail: decision.guardrail ?? null,
      };
      const last = rollout.decisions[rollout.decisions.length - 1];
      // A hold repeats every tick while a stage fills; only a new reason is worth a record.
      if (
        decision.action === 'hold' &&
        last?.action === 'hold' &&
        last.reason.replace(/[\d.]+/g, '#') === decision.reason.replace(/[\d.]+/g, '#')
      )
        return { decision, applied: false };
      const next: Rollout =
        decision.action === 'rollback'
          ? { ...rollout, state: 'rolled_back' }
          : decision.action === 'complete'
            ? { ...rollout, state: 'completed' }
            : decision.action === 'advance'
              ? { ...rollout, stage: rollout.stage + 1, stageStartedAt: record.at }
              : rollout;
      return { decision, applied: await apply(rollout, next, record) };
    },

    async steer(action, by, reason) {
      const rollout = await deps.rollouts.latest();
      const rule = stateAfter[action];
      if (!rollout || !rule.from.includes(rollout.state))
        throw new SwitchboardError(
          'VALIDATION_FAILED',
          `cannot ${action}: ${rollout ? `the rollout is ${rollout.state}` : 'no rollout was started'}`,
        );
      const record: RolloutDecisionRecord = {
        at: iso(),
        action,
        reason: `${action} by ${by}${reason ? `: ${reason}` : ''}`,
        guardrail: null,
      };
      const next: Rollout = { ...rollout, state: rule.to };
      if (!(await apply(rollout, next, record)))
        throw new SwitchboardError('VALIDATION_FAILED', `cannot ${action}: the rollout changed meanwhile; run it again`);
      return { ...next, decisions: [...rollout.decisions, record], version: rollout.version + 1 };
    },

    async status() {
      const rollout = await deps.rollouts.latest();
      if (!rollout) return null;
      const { decision, evidence } = await evaluate(rollout);
      const percent = rollout.stages[rollout.stage] ?? 0;
      return {
        release: rollout.release,
        baseline: rollout.baseline,
        state: rollout.state,
        stage: rollout.stage,
        arms: [
          { arm: 'candidate', release: rollout.release, percent, conversations: evidence.stageUnits.candidate },
          { arm: 'baseline', release: rollout.baseline, percent: 100 - percent, conversations: evidence.stageUnits.baseline },
        ],
        guardrails: decision.guardrails,
        decisions: rollout.decisions,
      };
    },
  };
}
