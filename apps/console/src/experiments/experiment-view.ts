/** How the Experiments and Rollout pages word and format the analysis: rates in percent, differences in points. */
import type {
  ArmComparison,
  ExperimentMetric,
  ExperimentStatus,
  GuardrailResult,
  Interval,
  RolloutResponse,
  RolloutStatus,
} from '../api/experiment-types';

const isRate = (metric: ExperimentMetric): boolean => metric !== 'csat';
const finite = (value: number | null | undefined): value is number => value !== null && value !== undefined && Number.isFinite(value);

/** A value of the metric: a rate as a percentage (`23.4%`), a CSAT mean to two decimals (`4.12`). */
export function formatMetricValue(metric: ExperimentMetric, value: number | null | undefined): string {
  if (!finite(value)) return '—';
  return isRate(metric) ? `${(value * 100).toFixed(1)}%` : value.toFixed(2);
}

/** A difference of the metric: points for a rate (`+3.1 pp`), CSAT points otherwise (`−0.25`). */
export function formatMetricDifference(metric: ExperimentMetric, value: number | null | undefined): string {
  if (!finite(value)) return '—';
  const shown = isRate(metric) ? `${Math.abs(value * 100).toFixed(1)} pp` : Math.abs(value).toFixed(2);
  return `${value < 0 ? '−' : '+'}${shown}`;
}

/** `[a, b]` with each end formatted; `—` without an interval. */
export function formatInterval(interval: Interval | null | undefined, format: (value: number) => string): string {
  if (!interval || !finite(interval.lower) || !finite(interval.upper)) return '—';
  return `[${format(interval.lower)}, ${format(interval.upper)}]`;
}

/** A relative lift: `+12.5%`. */
export function formatLift(value: number): string {
  return `${value < 0 ? '−' : '+'}${Math.abs(value * 100).toFixed(1)}%`;
}

/** A p-value: three decimals, `< 0.001` below that. */
export function formatPValue(value: number | null | undefined): string {
  if (!finite(value)) return '—';
  return value < 0.001 ? '< 0.001' : value.toFixed(3);
}

/** The confidence level of the experiment's intervals: `95%` for α 0.05. */
export function confidenceLabel(alpha: number): string {
  return `${Number(((1 - alpha) * 100).toFixed(1))}%`;
}

/** The verdict as a sentence, and whether it is good news for the decision to trust the result. */
export function verdictSentence(status: Pick<ExperimentStatus, 'verdict' | 'experiment' | 'adjusted' | 'unadjusted'>): string {
  const [baseline, candidate] = status.experiment.arms;
  const comparison: ArmComparison | null = status.adjusted ?? status.unadjusted;
  if (status.verdict === 'srm')
    return 'Sample-ratio mismatch: the arms did not get the split they should, so the assignment or the logging is broken. Do not trust the effect.';
  if (status.verdict === 'significant' && comparison)
    return `Significant: ${candidate?.name} differs from ${baseline?.name} by ${formatMetricDifference(status.experiment.metric, comparison.difference)} (always-valid p ${formatPValue(comparison.alwaysValidPValue)} ≤ α ${status.experiment.alpha}).`;
  return `Not yet: no difference is established at α ${status.experiment.alpha}. The test is always valid, so it is safe to look again later.`;
}

/** The rollout body, or null for {rollout: null}. */
export function rolloutOf(response: RolloutResponse | null): RolloutStatus | null {
  return response && 'release' in response ? response : null;
}

const guardrailLabels: Readonly<Record<string, string>> = {
  csat: 'CSAT drop',
  escalation_rate: 'Escalation-rate rise',
  grounding_failure_rate: 'Grounding-check failures',
  safety_misrouting_rate: 'Safety misrouting',
  latency_over_slo: 'Replies over the latency SLO',
  error_rate: 'Error rate',
};

/** A guardrail's name for people; the raw name when unknown. */
export function guardrailLabel(name: string): string {
  return guardrailLabels[name] ?? name;
}

/** CSAT differences in rating points, the rest (rates) in percentage points. */
export function formatGuardrailValue(guardrail: Pick<GuardrailResult, 'name'>, value: number | null | undefined): string {
  return formatMetricDifference(guardrail.name === 'csat' ? 'csat' : 'resolution', value);
}

/** A guardrail's decision as shown: breached, within its limit, or waiting for data. */
export function guardrailState(decision: GuardrailResult['decision']): { readonly label: string; readonly good: boolean | null } {
  if (decision === 'breach') return { label: 'Breached', good: false };
  if (decision === 'ok') return { label: 'Within limit', good: true };
  return { label: 'Not enough data', good: null };
}

/** `Stage 2 (20%)`: the stage by number and the candidate's share. */
export function stageLabel(rollout: Pick<RolloutStatus, 'stage' | 'arms'>): string {
  const candidate = rollout.arms.find((arm) => arm.arm === 'candidate') ?? rollout.arms[0];
  return `Stage ${rollout.stage + 1}${candidate ? ` (${candidate.percent}% of customers on the candidate)` : ''}`;
}
