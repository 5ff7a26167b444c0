/**
 * The release assignment while rollouts exist: each unit's arm in the active rollout, through a short cache of the
 * shared store so every replica follows a stage change, a pause or a rollback within a second, without a restart.
 */
import type { Clock, ReleaseStore, Rollout, RolloutStore } from '@switchboard/spec';
import { assignArm } from '../experiments/assign-arm.js';
import { unreleased } from '../outcomes/conversation-outcomes.js';
import { baselineArm, type ReleaseArm, type ReleaseAssignment } from '../release/release-assignment.js';
import { candidateArm, holdoutArm } from './rollout-evidence.js';

export interface RolloutAssignmentDependencies {
  readonly rollouts: RolloutStore;
  readonly releases: ReleaseStore;
  /** The permanent holdout (config `experiments.holdoutPercent`): always the baseline, in no analysis. */
  readonly holdoutPercent: number;
  readonly clock: Clock;
  /** How long a replica trusts what it read; default 1000. */
  readonly cacheMilliseconds?: number;
}

const isActive = (rollout: Rollout | null): rollout is Rollout => rollout?.state === 'running' || rollout?.state === 'paused';

/**
 * A unit of a running or paused rollout gets the candidate when `assignArm` puts it in the candidate's slice of the
 * current stage (the candidate listed first, so a stage's growth only adds units); otherwise the baseline, and the
 * holdout the baseline as arm `holdout`. Without an active rollout every unit gets the serving release.
 */
export function rolloutAssignment(rollout: Rollout, unit: string, holdoutPercent: number): ReleaseArm {
  const share = (rollout.stages[rollout.stage] ?? 0) / 100;
  const assigned = assignArm(
    unit,
    rollout.salt,
    [
      { name: candidateArm, weight: share },
      { name: baselineArm, weight: 1 - share },
    ],
    holdoutPercent,
  );
  if (assigned.heldOut) return { release: rollout.baseline, arm: holdoutArm };
  return assigned.arm === candidateArm ? { release: rollout.release, arm: candidateArm } : { release: rollout.baseline, arm: baselineArm };
}

export function createRolloutAssignment(deps: RolloutAssignmentDependencies): ReleaseAssignment {
  const cacheMilliseconds = Math.min(deps.cacheMilliseconds ?? 1000, 2000);
  let cached: { readonly rollout: Rollout | null; readonly serving: string | null; readonly readAt: number } | null = null;
  const read = async () => {
    if (cached && deps.clock() - cached.readAt < cacheMilliseconds) return cached;
    const [rollout, serving] = await Promise.all([deps.rollouts.latest(), deps.releases.serving()]);
    cached = { rollout, serving, readAt: deps.clock() };
    return cached;
  };
  return {
    async current(unit) {
      const { rollout, serving } = await read();
      if (isActive(rollout)) return rolloutAssignment(rollout, unit, deps.holdoutPercent);
      return { release: serving ?? unreleased, arm: baselineArm };
    },
  };
}
