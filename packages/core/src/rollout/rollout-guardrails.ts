/** The guardrails a staged rollout watches and their defaults (config `rollout.guardrails`, docs/rollout.md). */
import type { GuardrailSpec } from '../experiments/guardrail-test.js';

export const rolloutGuardrailNames = [
  'csat',
  'escalation_rate',
  'grounding_failure_rate',
  'safety_misrouting_rate',
  'latency_over_slo',
  'error_rate',
] as const;
export type RolloutGuardrailName = (typeof rolloutGuardrailNames)[number];

/** A guardrail's tolerated worsening (metric units) and the mixture scale of its sequential test. */
export interface GuardrailTuning {
  readonly margin: number;
  readonly mixtureScale: number;
}

export interface RolloutSettings {
  /** Per guardrail; each missing one takes its default. */
  readonly guardrails?: Partial<Record<RolloutGuardrailName, GuardrailTuning>>;
  /** A reply slower than this (ms) counts toward `latency_over_slo`. */
  readonly sloP95Ms: number;
  /** The false-breach rate of each guardrail over the whole rollout. */
  readonly alpha?: number;
  /** Units each arm needs before a guardrail is read. */
  readonly minimumPerArm?: number;
}

export const defaultGuardrailTuning: Readonly<Record<RolloutGuardrailName, GuardrailTuning>> = {
  csat: { margin: 0.1, mixtureScale: 0.5 },
  escalation_rate: { margin: 0.02, mixtureScale: 0.05 },
  grounding_failure_rate: { margin: 0.02, mixtureScale: 0.05 },
  safety_misrouting_rate: { margin: 0, mixtureScale: 0.02 },
  latency_over_slo: { margin: 0.02, mixtureScale: 0.05 },
  error_rate: { margin: 0.01, mixtureScale: 0.03 },
};

/** The six guardrail specs in their declared order; only CSAT is harmful when it falls. */
export function rolloutGuardrailSpecs(settings: RolloutSettings): GuardrailSpec[] {
  return rolloutGuardrailNames.map((name) => ({
    name,
    harmfulDirection: name === 'csat' ? 'decrease' : 'increase',
    ...defaultGuardrailTuning[name],
    ...settings.guardrails?.[name],
    ...(settings.alpha === undefined ? {} : { alpha: settings.alpha }),
    ...(settings.minimumPerArm === undefined ? {} : { minimumPerArm: settings.minimumPerArm }),
  }));
}
