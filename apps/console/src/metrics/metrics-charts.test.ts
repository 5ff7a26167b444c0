import { describe, expect, it } from 'vitest';
import type { MetricsRow } from '../api/types';
import { metricsCharts } from './metrics-charts';

const row = (key: string, values: Partial<MetricsRow> = {}): MetricsRow => ({
  key,
  conversations: 10,
  messages: 30,
  answered: 8,
  declined: 1,
  handoffs: 1,
  automatedResolutionRate: 0.8,
  escalationRate: 0.1,
  thumbsUp: 4,
  thumbsDown: 1,
  csat: 4.5,
  p50Ms: 120,
  p95Ms: 480,
  stageP95Ms: { retrieve: 40 },
  cost: 0.02,
  ...values,
});

describe('metricsCharts', () => {
  it('puts the days in date order on a time axis in seconds', () => {
    const charts = metricsCharts([row('2025-03-02'), row('2025-03-01', { automatedResolutionRate: 0.5 })]);
    const rates = charts.find((chart) => chart.id === 'rates')!;
    expect(rates.x).toEqual([Date.parse('2025-03-01') / 1000, Date.parse('2025-03-02') / 1000]);
    expect(rates.series).toEqual([
      { label: 'Automated resolution', values: [50, 80] },
      { label: 'Escalation', values: [10, 10] },
    ]);
  });

  it('leaves gaps where a day has no figure, and one series per stage seen on any day', () => {
    const charts = metricsCharts([row('2025-03-01', { csat: null }), row('2025-03-02', { stageP95Ms: { retrieve: 50, generate: 900 } })]);
    expect(charts.find((chart) => chart.id === 'csat')!.series[0]!.values).toEqual([null, 4.5]);
    expect(charts.find((chart) => chart.id === 'stages')!.series).toEqual([
      { label: 'retrieve', values: [40, 50] },
      { label: 'generate', values: [null, 900] },
    ]);
  });

  it('charts deflection, reopens, rater-filtered CSAT and the quality label (issue 19), with gaps for a server without them', () => {
    const charts = metricsCharts([
      row('2025-03-01', { deflectionRate: 0.75, reopenRate: 0.125, csatFiltered: 3.9, labelMean: -0.25 }),
      row('2025-03-02'),
    ]);
    expect(charts.find((chart) => chart.id === 'deflection')!.series).toEqual([
      { label: 'Deflection (never reached a person)', values: [75, null] },
      { label: 'Reopened', values: [12.5, null] },
    ]);
    expect(charts.find((chart) => chart.id === 'csat')!.series[1]).toEqual({ label: 'CSAT, rater-filtered', values: [3.9, null] });
    expect(charts.find((chart) => chart.id === 'quality')).toMatchObject({
      unit: 'score',
      series: [{ label: 'Label mean', values: [-0.25, null] }],
    });
  });

  it('has latency, thumbs and cost charts, and drops rows whose key is not a day', () => {
    const charts = metricsCharts([row('2025-03-01'), row('refund')]);
    expect(charts.map((chart) => chart.id)).toEqual([
      'rates',
      'deflection',
      'volume',
      'csat',
      'quality',
      'thumbs',
      'latency',
      'stages',
      'cost',
    ]);
    expect(charts.find((chart) => chart.id === 'latency')!.series.map((series) => series.values)).toEqual([[120], [480]]);
    expect(charts.find((chart) => chart.id === 'thumbs')!.series.map((series) => series.values)).toEqual([[4], [1]]);
    expect(charts.find((chart) => chart.id === 'cost')!.series[0]!.values).toEqual([0.02]);
  });
});
