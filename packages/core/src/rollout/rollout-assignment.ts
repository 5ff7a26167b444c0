/**
 * The release assignment while rollouts exist: each unit's arm in the active rollout (else in the running experiment),
 * through a short cache of the shared store so every replica follows a stage change, a pause, a rollback or an
 * experiment's start and stop within a second, without a restart.
 */
import type { Clock, ExperimentStore, ReleaseStore, Rollout, RolloutStore } from '@switchboard/spec';
import { assignArm } from '../experiments/assign-arm.js';
import { experimentAssignment, servedExperiment } from '../experiments/experiment-assignment.js';
import { unreleased } from '../outcomes/conversation-outcomes.js';
import { baselineArm, type ReleaseArm, type ReleaseAssignment } from '../release/release-assignment.js';
import { createRecentRead } from '../release/recent-read.js';
import { candidateArm, firstStageExcludedArm, holdoutArm } from './rollout-evidence.js';

export interface RolloutAssignmentDependencies {
  readonly rollouts: RolloutStore;
  readonly releases: ReleaseStore;
  /** The permanent holdout (config `experiments.holdoutPercent`): always the baseline, in no analysis. */
  readonly holdoutPercent: number;
  readonly clock: Clock;
  /** How long a replica trusts what it read; default 1000. */
  readonly cacheMilliseconds?: number;
  /**
   * Experiments: without an active rollout, the oldest running experiment's arms are served (core/experiments/
   * experiment-assignment.ts); a running or paused rollout takes precedence. No experiment is served when absent.
   */
  readonly experiments?: ExperimentStore;
}

const isActive = (rollout: Rollout | null): rollout is Rollout => rollout?.state === 'running' || rollout?.state === 'paused';

/**
 * A unit of a running or paused rollout gets the candidate when `assignArm` puts it in the candidate's slice of the
 * current stage (the candidate listed first, so a stage's growth only adds units); otherwise the baseline, and the
 * holdout the baseline as arm `holdout`. In a first stage that lists intents, the candidate answers only those. Without an active rollout every unit gets the serving release.
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
  if (assigned.arm !== candidateArm) return { release: rollout.baseline, arm: baselineArm };
  // The first stage is for the low-risk intents it lists: the candidate's units get the baseline for the rest.
  if (rollout.stage === 0 && rollout.firstStageIntents.length > 0)
    return {
      release: rollout.release,
      arm: candidateArm,
      onlyIntents: rollout.firstStageIntents,
      otherwise: { release: rollout.baseline, arm: firstStageExcludedArm },
    };
  return { release: rollout.release, arm: candidateArm };
}

export function createRolloutAssignment(deps: RolloutAssignmentDependencies): ReleaseAssignment {
  const shared = createRecentRead(
    async () => {
      const [rollout, serving, experiments] = await Promise.all([
        deps.rollouts.latest(),
        deps.releases.serving(),
        deps.experiments?.list() ?? [],
      ]);
      return { rollout, serving, experiment: servedExperiment(experiments) };
    },
    deps.clock,
    deps.cacheMilliseconds ?? 1000,
  );
  return {
    async current(unit) {
      const { rollout, serving, experiment } = await shared.current();
      if (isActive(rollout)) return rolloutAssignment(rollout, unit, deps.holdoutPercent);
      if (experiment) return experimentAssignment(experiment, unit, serving ?? experiment.arms[0]?.release ?? unreleased);
      return { release: serving ?? unreleased, arm: baselineArm };
    },
  };
}
