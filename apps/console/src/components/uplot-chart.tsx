/**
 * One chart drawn by uPlot (days on x, or a numeric axis such as a histogram's bins), with its figures also in a data
 * table for keyboard and screen-reader users.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatMilliseconds } from '../format/format-duration';
import { formatCost, formatPercent } from '../format/format-value';
import type { ChartSpec, ChartUnit } from '../metrics/metrics-charts';

const palette = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#ca8a04', '#db2777', '#4b5563', '#65a30d', '#7c3aed'];
const height = 220;
/** Fixed y ranges where the unit has natural bounds, so a flat week does not look like a swing. */
const fixedRanges: Partial<Record<ChartUnit, [number, number]>> = { percent: [0, 100], rating: [1, 5], score: [-1, 1] };

/** A figure in the chart's unit (percent series hold 0..100). */
function formatIn(unit: ChartUnit, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'percent') return formatPercent(value / 100);
  if (unit === 'milliseconds') return formatMilliseconds(value);
  if (unit === 'dollars') return formatCost(value);
  if (unit === 'rating' || unit === 'score') return value.toFixed(2);
  return String(Math.round(value * 100) / 100);
}

const utcDay = (seconds: number): string => new Date(seconds * 1000).toLocaleDateString(undefined, { timeZone: 'UTC' });

/** How the x value at `index` reads: its day, or on a numeric axis its name (a bin's range) or value. */
function xName(spec: ChartSpec, index: number): string {
  const value = spec.x[index];
  if (value === undefined) return '—';
  if (!spec.xAxis) return utcDay(value);
  return spec.xAxis.names?.[index] ?? formatIn(spec.xAxis.unit, value);
}

/** Half the spacing of the x values, so the first and last bars are drawn whole. */
function halfStep(x: readonly number[]): number {
  return x.length > 1 ? (x[1]! - x[0]!) / 2 : 0.5;
}

export function UplotChart({ spec }: { readonly spec: ChartSpec }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const { xAxis } = spec;
    const half = halfStep(spec.x);
    const bars = uPlot.paths.bars?.({ size: [0.9, 80] });
    const yRange = fixedRanges[spec.unit];
    const options: uPlot.Options = {
      width: element.clientWidth || 600,
      height,
      // The days are UTC days (the summary's keys), so the axis is drawn in UTC and a day never shows as the one before.
      tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
      scales: {
        x: xAxis ? { time: false, range: (_plot, min, max) => [min - half, max + half] } : { time: true },
        ...(yRange
          ? { y: { range: yRange } }
          : spec.series.some((series) => series.bars)
            ? { y: { range: (_plot, _min, max) => [0, Math.max(1, max)] } }
            : {}),
      },
      series: [
        {
          label: xAxis?.label ?? 'Day',
          value: (plot: uPlot, value: number | null, _series: number, index: number | null) =>
            value === null ? '—' : xName(spec, index ?? plot.valToIdx(value)),
        },
        ...spec.series.map((series, index) => ({
          label: series.label,
          stroke: palette[index % palette.length],
          width: 2,
          ...(series.bars && bars
            ? { paths: bars, fill: `${palette[index % palette.length]}99`, points: { show: false } }
            : { points: { show: spec.x.length < 40 } }),
          value: (_plot: uPlot, value: number | null) => formatIn(spec.unit, value),
        })),
      ],
      axes: [
        xAxis ? { values: (_plot, values) => values.map((value) => formatIn(xAxis.unit, value)) } : {},
        { size: 70, values: (_plot, values) => values.map((value) => formatIn(spec.unit, value)) },
      ],
    };
    const plot = new uPlot(options, [[...spec.x], ...spec.series.map((series) => [...series.values])], element);
    const observer = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [spec]);

  const headingId = `chart-${spec.id}`;
  return (
    <figure className="chart" aria-labelledby={headingId}>
      <figcaption id={headingId}>{spec.title}</figcaption>
      <div ref={container} aria-hidden="true" />
      <details>
        <summary>Figures: {spec.title}</summary>
        <div className="table-scroll">
          <table className="list">
            <thead>
              <tr>
                <th scope="col">{spec.xAxis?.label ?? 'Day'}</th>
                {spec.series.map((series) => (
                  <th scope="col" key={series.label}>
                    {series.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {spec.x.map((value, row) => (
                <tr key={value}>
                  <th scope="row">{xName(spec, row)}</th>
                  {spec.series.map((series) => (
                    <td className="number" key={series.label}>
                      {formatIn(spec.unit, series.values[row])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
