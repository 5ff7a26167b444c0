/** The HTML report's two charts, drawn as inline SVG from the run's numbers: the reliability diagram and the latency histogram. */
import { reliabilityBins, type ReliabilityBin } from '@switchboard/core/intent';
import { formatReportNumber, html, htmlTable, type SafeHtml } from './eval-report-html.js';
import type { IntentOutcome } from './eval-report-intents.js';

/** The number of confidence bins of the diagram; the run's `intentEce` uses the same ten. */
export const reliabilityBinCount = 10;

/** One latency bin: replies that took at least `lower` and less than `upper` milliseconds (the last holds its top). */
export interface LatencyBin {
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
}

const width = 440;
const height = 260;
const margin = { left: 48, right: 12, top: 18, bottom: 40 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;

interface Bar {
  readonly from: number;
  readonly to: number;
  readonly value: number;
  /** Shown above the bar. */
  readonly label: string;
}

interface Plot {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xMax: number;
  readonly yMax: number;
  readonly xTicks: readonly number[];
  readonly yTicks: readonly number[];
  readonly bars: readonly Bar[];
  /** Drawn over the bars in plot coordinates (the diagonal, the points). */
  readonly overlay?: (x: (value: number) => number, y: (value: number) => number) => SafeHtml;
}

function svgPlot(plot: Plot): SafeHtml {
  const x = (value: number): number => margin.left + (plot.xMax === 0 ? 0 : (value / plot.xMax) * plotWidth);
  const y = (value: number): number => margin.top + plotHeight - (plot.yMax === 0 ? 0 : (value / plot.yMax) * plotHeight);
  const round = (value: number): string => value.toFixed(1);
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${plot.title}">
    <title>${plot.title}</title>
    <rect x="${margin.left}" y="${margin.top}" width="${plotWidth}" height="${plotHeight}" class="plot-area" />
    ${plot.yTicks.map(
      (tick) =>
        html`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${round(y(tick))}" y2="${round(y(tick))}" class="grid" /><text
            x="${margin.left - 6}"
            y="${round(y(tick) + 3)}"
            text-anchor="end"
            >${formatReportNumber(tick)}</text
          >`,
    )}
    ${plot.xTicks.map((tick) => html`<text x="${round(x(tick))}" y="${margin.top + plotHeight + 14}" text-anchor="middle">${formatReportNumber(tick)}</text>`)}
    ${plot.bars.map(
      (bar) =>
        html`<rect
            class="bar"
            x="${round(x(bar.from) + 1)}"
            y="${round(y(bar.value))}"
            width="${round(Math.max(0, x(bar.to) - x(bar.from) - 2))}"
            height="${round(y(0) - y(bar.value))}"
          /><text class="bar-label" x="${round((x(bar.from) + x(bar.to)) / 2)}" y="${round(y(bar.value) - 4)}" text-anchor="middle"
            >${bar.label}</text
          >`,
    )}
    ${plot.overlay?.(x, y)}
    <text x="${margin.left + plotWidth / 2}" y="${height - 6}" text-anchor="middle" class="axis-label">${plot.xLabel}</text>
    <text
      x="12"
      y="${margin.top + plotHeight / 2}"
      text-anchor="middle"
      class="axis-label"
      transform="rotate(-90 12 ${margin.top + plotHeight / 2})"
    >
      ${plot.yLabel}
    </text>
  </svg>`;
}

const fifths = [0, 0.2, 0.4, 0.6, 0.8, 1];

/**
 * Accuracy per confidence bin (bars) against the diagonal a perfectly calibrated classifier would follow, each bin's
 * mean confidence as a point and its count above the bar; the same numbers follow as a table.
 */
export function reliabilityDiagram(allOutcomes: readonly IntentOutcome[]): SafeHtml {
  // A turn without a prediction has no confidence to calibrate; intentEce leaves it out the same way.
  const outcomes = allOutcomes.filter((outcome) => outcome.predicted !== null);
  const bins = reliabilityBins(
    outcomes.map((outcome) => outcome.confidence),
    outcomes.map((outcome) => outcome.predicted === outcome.expected),
    reliabilityBinCount,
  );
  if (outcomes.length === 0) return html`<p class="empty">No case that expects an intent got one from the intent model.</p>`;
  const filled = bins.filter((bin): bin is ReliabilityBin & { accuracy: number; meanConfidence: number } => bin.count > 0);
  const chart = svgPlot({
    title: 'Reliability diagram: accuracy against intent confidence',
    xLabel: 'confidence',
    yLabel: 'accuracy',
    xMax: 1,
    yMax: 1,
    xTicks: fifths,
    yTicks: fifths,
    bars: filled.map((bin) => ({ from: bin.lower, to: bin.upper, value: bin.accuracy, label: `n=${bin.count}` })),
    overlay: (x, y) =>
      html`<line class="diagonal" x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" />${filled.map(
          (bin) => html`<circle class="point" cx="${x(bin.meanConfidence).toFixed(1)}" cy="${y(bin.accuracy).toFixed(1)}" r="3" />`,
        )}`,
  });
  const rows = bins.map((bin) => [
    `${formatReportNumber(bin.lower)}–${formatReportNumber(bin.upper)}`,
    bin.count,
    formatReportNumber(bin.meanConfidence),
    formatReportNumber(bin.accuracy),
  ]);
  return html`${chart}${htmlTable(['confidence', 'cases', 'mean confidence', 'accuracy'], rows, 'bins')}`;
}

/** Up to `target` equal bins of a round width (1, 2 or 5 × 10ⁿ ms) from 0 to the slowest value. */
export function latencyBins(milliseconds: readonly number[], target = 10): LatencyBin[] {
  if (milliseconds.length === 0) return [];
  const slowest = Math.max(...milliseconds);
  const rough = slowest / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough > 0 ? rough : 1));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude;
  const count = Math.max(1, Math.ceil(slowest / step));
  const bins = Array.from({ length: count }, (_, i) => ({ lower: i * step, upper: (i + 1) * step, count: 0 }));
  for (const value of milliseconds) bins[Math.min(count - 1, Math.floor(value / step))]!.count += 1;
  return bins;
}

/** Replies per latency bin, with the run's p50 and p95 marked; the same numbers follow as a table. */
export function latencyHistogram(milliseconds: readonly number[], p50: number | null, p95: number | null): SafeHtml {
  const bins = latencyBins(milliseconds);
  if (bins.length === 0) return html`<p class="empty">No replies were timed.</p>`;
  const xMax = bins[bins.length - 1]!.upper;
  const marks = [
    ['p50', p50],
    ['p95', p95],
  ] as const;
  const chart = svgPlot({
    title: 'Latency histogram: replies per milliseconds bin',
    xLabel: 'milliseconds per reply',
    yLabel: 'replies',
    xMax,
    yMax: Math.max(...bins.map((bin) => bin.count)),
    xTicks: [...bins.map((bin) => bin.lower), xMax],
    yTicks: [0, Math.max(...bins.map((bin) => bin.count))],
    bars: bins.map((bin) => ({ from: bin.lower, to: bin.upper, value: bin.count, label: bin.count === 0 ? '' : String(bin.count) })),
    overlay: (x, y) =>
      html`${marks.map(([name, value]) =>
        value === null
          ? null
          : html`<line class="mark" x1="${x(value).toFixed(1)}" x2="${x(value).toFixed(1)}" y1="${y(0)}" y2="${margin.top}" /><text
                class="mark-label"
                x="${(x(value) + 3).toFixed(1)}"
                y="${margin.top + 10}"
                >${name}</text
              >`,
      )}`,
  });
  const rows = bins.map((bin) => [`${bin.lower}–${bin.upper}`, bin.count]);
  return html`${chart}${htmlTable(['milliseconds', 'replies'], rows, 'bins')}`;
}
