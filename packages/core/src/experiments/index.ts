/**
 * Experiment and rollout statistics: sample sizes, always-valid sequential tests, group-sequential boundaries,
 * guardrail tests, CUPED, the sample-ratio check, effect sizes with intervals, assignment and the rollout tick's
 * decision. Pure functions over counts and summaries; docs/rollout.md explains each decision rule. The one exception,
 * experiment-control.ts, reads and stops experiments through the stores passed to it.
 */
export { erf, erfc, normalCdf, normalDensity, normalQuantile, normalSurvival } from './normal-distribution.js';
export { logBeta, logGamma } from './log-gamma.js';
export { regularizedGammaP, regularizedGammaQ } from './regularized-gamma.js';
export { chiSquareCdf, chiSquareSurvival } from './chi-square-distribution.js';
export { regularizedBeta, studentTCdf, studentTQuantile } from './student-t-distribution.js';
export {
  experimentDuration,
  meanSampleSize,
  proportionSampleSize,
  type Alternative,
  type DurationOptions,
  type MeanSampleSizeOptions,
  type ProportionSampleSizeOptions,
  type SampleSize,
  type TestDesign,
} from './sample-size.js';
export {
  meanDifferenceEstimate,
  proportionDifferenceEstimate,
  summarizeValues,
  type MeanArm,
  type ProportionArm,
} from './arm-statistics.js';
export {
  mixtureSequentialHistory,
  mixtureSequentialTest,
  oneSidedLogRatio,
  oneSidedLowerBound,
  type DifferenceEstimate,
  type MixtureOptions,
  type SequentialResult,
} from './mixture-sequential-test.js';
export {
  groupSequentialBoundaries,
  obrienFlemingSpending,
  type Boundaries,
  type BoundaryOptions,
  type BoundarySides,
} from './group-sequential-boundaries.js';
export {
  proportionDifference,
  wilsonInterval,
  type EffectEstimate,
  type Interval,
  type ProportionDifferenceOptions,
} from './proportion-difference.js';
export { meanDifference, type WelchEstimate } from './mean-difference.js';
export { relativeLift } from './relative-lift.js';
export { bySegment, type SegmentResult } from './by-segment.js';
export { cuped, type CupedArm, type CupedResult, type CupedRow } from './cuped.js';
export { sampleRatioMismatch, type SampleRatioCheck } from './sample-ratio-mismatch.js';
export { murmur3 } from './murmur3.js';
export { assignArm, hashPosition, type ArmWeight, type AssignOptions, type Assignment } from './assign-arm.js';
export { assignmentUnit } from './assignment-unit.js';
export { experimentArmWeights, experimentAssignment, experimentHoldoutArm, servedExperiment } from './experiment-assignment.js';
export {
  createExperimentControl,
  experimentPrePeriodDays,
  type ExperimentControl,
  type ExperimentControlDependencies,
  type ExperimentList,
  type ExperimentStatus,
} from './experiment-control.js';
export { guardrailTest, type GuardrailData, type GuardrailResult, type GuardrailSpec } from './guardrail-test.js';
export { decideRolloutTick, type RolloutDecision, type RolloutTickState } from './decide-rollout-tick.js';
export {
  conversationMetric,
  experimentUnits,
  type ExperimentUnit,
  type ExperimentUnits,
  type ExperimentUnitsInput,
} from './experiment-units.js';
export {
  analyseExperiment,
  compareArms,
  type ArmComparison,
  type ExperimentAnalysis,
  type ExperimentArmSummary,
  type ExperimentDesign,
  type ExperimentVerdict,
} from './analyse-experiment.js';
export { planExperiment, type ExperimentPlan, type ExperimentPlanInput } from './plan-experiment.js';
export { simulationRandom, type SimulationRandom } from './simulation-random.js';
