/**
 * A stored eval run's two charts as uPlot series, as the `eval run --html` report draws them: the reliability diagram
 * of the intent confidences and the latency histogram of the replies.
 */
import type { EvalCase, EvalRunDetail } from '../api/eval-run-types';
import type { ChartSpec } from '../metrics/metrics-charts';

/** The report's ten confidence bins (the run's `intentEce` uses the same). */
export const reliabilityBinCount = 10;

/** A case that expects an intent, and what the classifier chose for its last customer turn (as intentAccuracy reads it). */
export interface IntentOutcome {
  readonly caseId: string;
  readonly expected: string;
  /** null when the turn got no intent. */
  readonly predicted: string | null;
  /** 0 when no intent was chosen. */
  readonly confidence: number;
}

export function intentOutcomes(cases: readonly EvalCase[]): IntentOutcome[] {
  return cases.flatMap((result) => {
    const expected = result.expect?.intent;
    if (expected === undefined) return [];
    const intent = result.played.replies.at(-1)?.intent ?? null;
    return [{ caseId: result.id, expected, predicted: intent?.label ?? null, confidence: intent?.confidence ?? 0 }];
  });
}

const percent = (rate: number): number => Math.round(rate * 1000) / 10;

/**
 * Accuracy per confidence bin as bars, the bin's mean confidence beside it and the diagonal a calibrated model would
 * follow; an empty bin is a gap, a case without a predicted intent is left out. x is each bin's middle in percent.
 */
export function reliabilityChart(outcomes: readonly IntentOutcome[]): ChartSpec {
  const bins = Array.from({ length: reliabilityBinCount }, () => ({ count: 0, correct: 0, confidence: 0 }));
  // A turn without a prediction has no confidence to calibrate; intentEce leaves it out the same way.
  for (const outcome of outcomes.filter((candidate) => candidate.predicted !== null)) {
    const bin = bins[Math.min(reliabilityBinCount - 1, Math.max(0, Math.floor(outcome.confidence * reliabilityBinCount)))]!;
    bin.count += 1;
    bin.confidence += outcome.confidence;
    if (outcome.predicted === outcome.expected) bin.correct += 1;
  }
  const width = 100 / reliabilityBinCount;
  return {
    id: 'reliability',
    title: 'Reliability diagram: accuracy against intent confidence',
    unit: 'percent',
    x: bins.map((_, index) => (index + 0.5) * width),
    xAxis: {
      label: 'Confidence',
      unit: 'percent',
      names: bins.map((bin, index) => `${index * width}–${(index + 1) * width}% (${bin.count} cases)`),
    },
    series: [
      { label: 'Accuracy', bars: true, values: bins.map((bin) => (bin.count === 0 ? null : percent(bin.correct / bin.count))) },
      { label: 'Mean confidence', values: bins.map((bin) => (bin.count === 0 ? null : percent(bin.confidence / bin.count))) },
      { label: 'Calibrated', values: bins.map((_, index) => (index + 0.5) * width) },
    ],
  };
}

/** Up to `target` equal bins of a round width (1, 2 or 5 × 10ⁿ ms) from 0 to the slowest reply, as the report bins them. */
export function latencyBins(milliseconds: readonly number[], target = 10): { lower: number; upper: number; count: number }[] {
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

/** Replies per latency bin as bars; x is each bin's middle in milliseconds. */
export function latencyChart(run: Pick<EvalRunDetail, 'cases'>): ChartSpec {
  const bins = latencyBins(run.cases.flatMap((result) => result.played.replies.map((reply) => reply.milliseconds)));
  return {
    id: 'latency',
    title: 'Latency histogram: replies per milliseconds bin',
    unit: 'count',
    x: bins.map((bin) => (bin.lower + bin.upper) / 2),
    xAxis: { label: 'Milliseconds', unit: 'milliseconds', names: bins.map((bin) => `${bin.lower}–${bin.upper} ms`) },
    series: [{ label: 'Replies', bars: true, values: bins.map((bin) => bin.count) }],
  };
}
