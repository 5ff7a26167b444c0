/** Staged rollouts (issue 20 item 3): assignment to the candidate by stage, guardrail evidence from the log, the tick. */
export { createRolloutAssignment, rolloutAssignment, type RolloutAssignmentDependencies } from './rollout-assignment.js';
export { candidateArm, holdoutArm, rolloutEvidence, type RolloutEvidence } from './rollout-evidence.js';
export {
  defaultGuardrailTuning,
  rolloutGuardrailNames,
  rolloutGuardrailSpecs,
  type GuardrailTuning,
  type RolloutGuardrailName,
  type RolloutSettings,
} from './rollout-guardrails.js';
export {
  createRolloutControl,
  type RolloutControl,
  type RolloutControlDependencies,
  type RolloutStartOptions,
  type RolloutStatus,
  type Steering,
} from './rollout-control.js';
