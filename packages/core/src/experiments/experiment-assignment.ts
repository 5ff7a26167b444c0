/**
 * The serving side of an A/B experiment: which running experiment is served, and each unit's arm in it. Pure; the
 * release assignment (core/rollout/rollout-assignment.ts) reads the store and calls these.
 */
import type { Experiment } from '@switchboard/spec';
import type { ReleaseArm } from '../release/release-assignment.js';
import { assignArm } from './assign-arm.js';

/** The arm a held-out unit is recorded with; the same name a rollout's holdout gets, and in no analysis. */
export const experimentHoldoutArm = 'holdout';

/**
 * The experiment whose arms are served: the oldest running one. One unit can be answered by one release only, so a
 * second experiment started while another runs is served when the first stops; the first keeps its split meanwhile.
 */
export function servedExperiment(experiments: readonly Experiment[]): Experiment | null {
  return experiments.find((experiment) => experiment.state === 'running') ?? null;
}

/** The arms' equal weights: the split `experimentUnits` and the SRM check assume. */
export const experimentArmWeights = (experiment: Pick<Experiment, 'arms'>) => experiment.arms.map((arm) => ({ name: arm.name, weight: 1 }));

/**
 * A unit's arm: `assignArm` with the experiment's salt over its arms (equal weights), the experiment's own
 * holdoutPercent held out on `holdoutRelease` (the serving release, what everyone outside the experiment gets).
 */
export function experimentAssignment(experiment: Experiment, unit: string, holdoutRelease: string): ReleaseArm {
  const assigned = assignArm(unit, experiment.salt, experimentArmWeights(experiment), experiment.holdoutPercent);
  if (assigned.heldOut) return { release: holdoutRelease, arm: experimentHoldoutArm };
  const arm = experiment.arms.find((candidate) => candidate.name === assigned.arm) ?? experiment.arms[0];
  if (!arm) throw new RangeError(`experiment '${experiment.name}' has no arms`);
  return { release: arm.release, arm: arm.name, experiment: experiment.name };
}
