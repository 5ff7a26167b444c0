/** Turns a `by=day` metrics summary into the series of each chart: x in Unix seconds, one value (or a gap) per day. */
import type { MetricsRow } from '../api/types';

export type ChartUnit = 'percent' | 'milliseconds' | 'count' | 'rating' | 'dollars' | 'score';

export interface ChartSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  /** Drawn as bars (a histogram) instead of a line. */
  readonly bars?: boolean;
}

/** A numeric x axis instead of days (a histogram's bins). */
export interface ChartXAxis {
  /** The x column's heading in the figures table and the legend. */
  readonly label: string;
  readonly unit: ChartUnit;
  /** How each x reads in the figures table and the legend (a bin's range); the value in the unit when absent. */
  readonly names?: readonly string[];
}

export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly unit: ChartUnit;
  /** Unix seconds, ascending (uPlot's time axis); with `xAxis`, its values, ascending and evenly spaced. */
  readonly x: readonly number[];
  readonly series: readonly ChartSeries[];
  /** Days when absent. */
  readonly xAxis?: ChartXAxis;
}

const finite = (value: number | null | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const percent = (rate: number | null | undefined): number | null => {
  const value = finite(rate);
  return value === null ? null : Math.round(value * 1000) / 10;
};

/** The charts of the Metrics page. Rows whose key is not a date are left out; days come in date order. */
export function metricsCharts(rows: readonly MetricsRow[]): ChartSpec[] {
  const days = rows
    .map((row) => ({ row, time: Date.parse(row.key) }))
    .filter((day) => !Number.isNaN(day.time))
    .sort((a, b) => a.time - b.time);
  const x = days.map((day) => Math.floor(day.time / 1000));
  const series = (label: string, value: (row: MetricsRow) => number | null): ChartSeries => ({
    label,
    values: days.map((day) => value(day.row)),
  });
  const stages = [...new Set(days.flatMap((day) => Object.keys(day.row.stageP95Ms ?? {})))];
  return [
    {
      id: 'rates',
      title: 'Automated resolution and escalation',
      unit: 'percent',
      x,
      series: [
        series('Automated resolution', (row) => percent(row.automatedResolutionRate)),
        series('Escalation', (row) => percent(row.escalationRate)),
      ],
    },
    {
      id: 'deflection',
      title: 'Deflection and reopens',
      unit: 'percent',
      x,
      series: [
        series('Deflection (never reached a person)', (row) => percent(row.deflectionRate)),
        series('Reopened', (row) => percent(row.reopenRate)),
      ],
    },
    {
      id: 'volume',
      title: 'Conversations and handoffs',
      unit: 'count',
      x,
      series: [series('Conversations', (row) => finite(row.conversations)), series('Handoffs', (row) => finite(row.handoffs))],
    },
    {
      id: 'csat',
      title: 'CSAT (1–5)',
      unit: 'rating',
      x,
      series: [series('CSAT', (row) => finite(row.csat)), series('CSAT, rater-filtered', (row) => finite(row.csatFiltered))],
    },
    {
      id: 'quality',
      title: 'Quality label (−1 to 1)',
      unit: 'score',
      x,
      series: [series('Label mean', (row) => finite(row.labelMean))],
    },
    {
      id: 'thumbs',
      title: 'Thumbs up and down',
      unit: 'count',
      x,
      series: [series('Thumbs up', (row) => finite(row.thumbsUp)), series('Thumbs down', (row) => finite(row.thumbsDown))],
    },
    {
      id: 'latency',
      title: 'Reply latency',
      unit: 'milliseconds',
      x,
      series: [series('p50', (row) => finite(row.p50Ms)), series('p95', (row) => finite(row.p95Ms))],
    },
    {
      id: 'stages',
      title: 'p95 latency per stage',
      unit: 'milliseconds',
      x,
      series: stages.map((stage) => series(stage, (row) => finite(row.stageP95Ms?.[stage]))),
    },
    { id: 'cost', title: 'Cost', unit: 'dollars', x, series: [series('Cost', (row) => finite(row.cost))] },
  ];
}
