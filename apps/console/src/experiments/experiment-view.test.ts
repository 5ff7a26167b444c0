import { describe, expect, it } from 'vitest';
import type { ExperimentStatus } from '../api/experiment-types';
import {
  confidenceLabel,
  formatGuardrailValue,
  formatInterval,
  formatLift,
  formatMetricDifference,
  formatMetricValue,
  formatPValue,
  guardrailLabel,
  guardrailState,
  rolloutOf,
  stageLabel,
  verdictSentence,
} from './experiment-view';

const experiment: ExperimentStatus['experiment'] = {
  name: 'tone',
  arms: [
    { name: 'A', release: 'v1' },
    { name: 'B', release: 'v2' },
  ],
  metric: 'escalation',
  mde: 0.02,
  alpha: 0.05,
  power: 0.8,
  holdoutPercent: 5,
  aa: false,
  createdAt: '2026-03-01T09:00:00.000Z',
  state: 'running',
};
const comparison = {
  difference: 0.031,
  interval: { lower: 0.01, upper: 0.05 },
  relativeLift: { estimate: 0.15, interval: { lower: 0.05, upper: 0.25 } },
  alwaysValidPValue: 0.0004,
  alwaysValidInterval: { lower: 0.002, upper: 0.06 },
};

describe('experiment view (issue 20)', () => {
  it('shows rates in percent and their differences in points, CSAT in rating points', () => {
    expect(formatMetricValue('escalation', 0.2345)).toBe('23.4%');
    expect(formatMetricValue('csat', 4.125)).toBe('4.13');
    expect(formatMetricValue('csat', null)).toBe('—');
    expect(formatMetricDifference('resolution', 0.031)).toBe('+3.1 pp');
    expect(formatMetricDifference('resolution', -0.031)).toBe('−3.1 pp');
    expect(formatMetricDifference('csat', -0.25)).toBe('−0.25');
    expect(formatInterval({ lower: -0.01, upper: 0.02 }, (value) => formatMetricDifference('escalation', value))).toBe(
      '[−1.0 pp, +2.0 pp]',
    );
    expect(formatInterval(null, String)).toBe('—');
    expect(formatLift(-0.125)).toBe('−12.5%');
    expect(formatPValue(0.0004)).toBe('< 0.001');
    expect(formatPValue(0.0432)).toBe('0.043');
    expect(confidenceLabel(0.05)).toBe('95%');
    expect(confidenceLabel(0.1)).toBe('90%');
  });

  it('words each verdict, and an SRM overrides a significant effect', () => {
    expect(verdictSentence({ verdict: 'significant', experiment, adjusted: comparison, unadjusted: null })).toBe(
      'Significant: B differs from A by +3.1 pp (always-valid p < 0.001 ≤ α 0.05).',
    );
    expect(verdictSentence({ verdict: 'not yet', experiment, adjusted: null, unadjusted: null })).toContain('safe to look again');
    expect(verdictSentence({ verdict: 'srm', experiment, adjusted: comparison, unadjusted: comparison })).toContain('Do not trust');
  });
});

describe('rollout view (issue 20)', () => {
  const rollout = {
    release: 'v2',
    baseline: 'v1',
    state: 'running' as const,
    stage: 1,
    arms: [
      { arm: 'candidate', release: 'v2', percent: 20, conversations: 40 },
      { arm: 'baseline', release: 'v1', percent: 80, conversations: 160 },
    ],
    guardrails: [],
    decisions: [],
  };

  it('tells a rollout from {rollout: null} and names the stage by number and share', () => {
    expect(rolloutOf({ rollout: null })).toBeNull();
    expect(rolloutOf(null)).toBeNull();
    expect(rolloutOf(rollout)).toBe(rollout);
    expect(stageLabel(rollout)).toBe('Stage 2 (20% of customers on the candidate)');
  });

  it('names each guardrail for people and shows its breach state and estimate in its units', () => {
    expect(guardrailLabel('escalation_rate')).toBe('Escalation-rate rise');
    expect(guardrailLabel('latency_over_slo')).toBe('Replies over the latency SLO');
    expect(guardrailLabel('new_guardrail')).toBe('new_guardrail');
    expect(guardrailState('breach')).toEqual({ label: 'Breached', good: false });
    expect(guardrailState('ok')).toEqual({ label: 'Within limit', good: true });
    expect(guardrailState('not_enough_data')).toEqual({ label: 'Not enough data', good: null });
    expect(formatGuardrailValue({ name: 'csat' }, -1.5)).toBe('−1.50');
    expect(formatGuardrailValue({ name: 'escalation_rate' }, 0.12)).toBe('+12.0 pp');
  });
});
