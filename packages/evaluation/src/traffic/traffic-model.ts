/**
 * What a synthetic customer's conversation turns out like, per arm: the baseline rates below, shifted for an arm by
 * `--effect ARM:metric=delta`. docs/rollout.md ("Traffic simulator") states the same figures.
 */
import { SwitchboardError } from '@switchboard/spec';
import type { SimulationRandom } from '@switchboard/core/experiments';

export type TrafficArm = 'baseline' | 'candidate';
export const trafficMetrics = ['csat', 'escalation', 'grounding', 'latency', 'error'] as const;
export type TrafficMetric = (typeof trafficMetrics)[number];

/** A shift of one arm's outcome distribution: CSAT points, probability points, or milliseconds for latency. */
export interface TrafficEffect {
  readonly arm: TrafficArm;
  readonly metric: TrafficMetric;
  readonly delta: number;
}

export interface TrafficRates {
  /** CSAT is a latent normal (mean, sd) rounded and clamped to 1–5; a customer rates with probability `csatResponse`. */
  readonly csatMean: number;
  readonly csatSd: number;
  readonly csatResponse: number;
  /** Probability that a conversation is escalated to a person (the customer asks for one). */
  readonly escalation: number;
  /** Probability that the guard replaces a reply (a `guard.blocked` event). */
  readonly grounding: number;
  /** Probability that a reply finds the model unavailable (mode `unavailable`). */
  readonly error: number;
  /** Reply latency is log-normal: median (ms) and the sd of its logarithm; 1200 and 0.5 put 3.4% over a 3000 ms SLO. */
  readonly latencyMedianMs: number;
  readonly latencyLogSd: number;
}

/** The baseline both arms share unless an effect shifts one. */
export const baselineTrafficRates: TrafficRates = {
  csatMean: 4,
  csatSd: 1.2,
  csatResponse: 0.3,
  escalation: 0.15,
  grounding: 0.03,
  error: 0.005,
  latencyMedianMs: 1200,
  latencyLogSd: 0.5,
};

/** One arm's rates after its effects: CSAT shifts the latent mean, rates add probability points, latency adds ms. */
export function armRates(arm: TrafficArm, effects: readonly TrafficEffect[], base: TrafficRates = baselineTrafficRates) {
  const shift = (metric: TrafficMetric) =>
    effects.filter((effect) => effect.arm === arm && effect.metric === metric).reduce((sum, effect) => sum + effect.delta, 0);
  const probability = (value: number) => Math.min(1, Math.max(0, value));
  return {
    ...base,
    csatMean: base.csatMean + shift('csat'),
    escalation: probability(base.escalation + shift('escalation')),
    grounding: probability(base.grounding + shift('grounding')),
    error: probability(base.error + shift('error')),
    latencyShiftMs: shift('latency'),
  };
}
export type ArmRates = ReturnType<typeof armRates>;

/** A 1–5 rating, or null when the customer does not rate. */
export function drawCsat(rates: ArmRates, random: SimulationRandom): number | null {
  if (!random.chance(rates.csatResponse)) return null;
  return Math.min(5, Math.max(1, Math.round(rates.csatMean + rates.csatSd * random.normal())));
}

export function drawLatencyMs(rates: ArmRates, random: SimulationRandom): number {
  return Math.max(1, Math.round(rates.latencyMedianMs * Math.exp(rates.latencyLogSd * random.normal()) + rates.latencyShiftMs));
}

/** Parses `candidate:csat=-0.5`, `candidate:escalation=+0.05`, `baseline:latency=300`. */
export function parseTrafficEffect(text: string): TrafficEffect {
  const match = /^(baseline|candidate):([a-z]+)=([+-]?\d+(?:\.\d+)?)$/.exec(text.trim());
  const metric = match?.[2] as TrafficMetric | undefined;
  if (!match || metric === undefined || !trafficMetrics.includes(metric))
    throw new SwitchboardError(
      'VALIDATION_FAILED',
      `--effect '${text}': expected ARM:metric=delta with ARM baseline or candidate and metric one of ${trafficMetrics.join(', ')}, e.g. candidate:csat=-0.5`,
    );
  return { arm: match[1] as TrafficArm, metric, delta: Number(match[3]) };
}
