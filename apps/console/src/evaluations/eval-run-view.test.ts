import { describe, expect, it } from 'vitest';
import type { EvalCase, EvalReply } from '../api/eval-run-types';
import { intentOutcomes, latencyBins, latencyChart, reliabilityChart } from './eval-run-charts';
import { aggregateRows, caseTranscript, confusionTable, handoffReasonRows } from './eval-run-tables';

const reply = (turn: number, milliseconds: number, intent: EvalReply['intent'] = null): EvalReply => ({
  turn,
  text: `reply ${turn}`,
  citations: [],
  confidence: 0.5,
  handoff: null,
  intent,
  faithfulness: null,
  traceId: `trace_${turn}`,
  milliseconds,
});

const evalCase = (id: string, expected: string | undefined, replies: EvalReply[], turns?: string[]): EvalCase => ({
  id,
  suite: 'evals/answers.yaml',
  passed: false,
  reasons: [],
  played: { replies, actions: [] },
  ...(turns ? { turns } : {}),
  ...(expected ? { expect: { intent: expected } } : {}),
});

const aggregates = { cases: 3, passed: 2, passRate: 0.6667, intentEce: null, p50Ms: 120, p95Ms: null, handoffByReason: {} };

describe('eval run charts (issue 19)', () => {
  it('bins intent confidences into ten bins: accuracy as bars, an empty bin a gap, no prediction left out', () => {
    const outcomes = intentOutcomes([
      evalCase('a', 'billing', [reply(1, 10, { label: 'billing', confidence: 0.95 })]),
      evalCase('b', 'billing', [reply(1, 10, { label: 'refund', confidence: 0.91 })]),
      // The last reply's intent counts, as intentAccuracy reads it.
      evalCase('c', 'refund', [reply(1, 10, { label: 'billing', confidence: 0.2 }), reply(2, 10, { label: 'refund', confidence: 1 })]),
      evalCase('d', undefined, [reply(1, 10, { label: 'refund', confidence: 0.5 })]),
      evalCase('e', 'refund', [reply(1, 10)]),
    ]);
    expect(outcomes.map((outcome) => outcome.caseId)).toEqual(['a', 'b', 'c', 'e']);
    const chart = reliabilityChart(outcomes);
    expect(chart.x).toHaveLength(10);
    const [accuracy, meanConfidence, calibrated] = chart.series;
    expect(accuracy).toMatchObject({ bars: true });
    expect(accuracy!.values[9]).toBeCloseTo(200 / 3, 0);
    expect(accuracy!.values.slice(0, 9)).toEqual(Array(9).fill(null));
    expect(meanConfidence!.values[9]).toBeCloseTo(95.3, 1);
    expect(calibrated!.values[0]).toBe(5);
    expect(chart.xAxis?.names?.[9]).toBe('90–100% (3 cases)');
  });

  it('bins reply latencies in round widths from 0 to the slowest reply', () => {
    expect(latencyBins([])).toEqual([]);
    expect(latencyBins([10, 90, 450]).map((bin) => [bin.lower, bin.count])).toEqual([
      [0, 1],
      [50, 1],
      [100, 0],
      [150, 0],
      [200, 0],
      [250, 0],
      [300, 0],
      [350, 0],
      [400, 1],
    ]);
    const chart = latencyChart({ cases: [evalCase('a', undefined, [reply(1, 10), reply(2, 90), reply(3, 450)])] });
    expect(chart.x[0]).toBe(25);
    expect(chart.series[0]).toMatchObject({ label: 'Replies', bars: true, values: [1, 1, 0, 0, 0, 0, 0, 0, 1] });
    expect(chart.xAxis?.names?.[0]).toBe('0–50 ms');
  });
});

describe('eval run tables (issue 19)', () => {
  it('lists each aggregate with the criterion on it, regressions with a baseline, and criteria on names the run lacks', () => {
    const passRate = {
      name: 'passRate',
      operator: '>=',
      threshold: 0.9,
      value: 0.6667,
      passed: false,
      reason: 'passRate is 0.6667, not >= 0.9',
    };
    const judge = { name: 'judgeScore', operator: '>=', threshold: 0.8, value: null, passed: false, reason: 'not measured' };
    const rows = aggregateRows({ aggregates, baseline: { runId: 'run_0', regressions: ['a'] }, criteria: [passRate, judge] });
    expect(rows.map((row) => row.name)).toEqual([
      'cases',
      'passed',
      'passRate',
      'intentEce',
      'p50Ms',
      'p95Ms',
      'regressions',
      'judgeScore',
    ]);
    expect(rows.find((row) => row.name === 'passRate')).toEqual({ name: 'passRate', value: 0.6667, criterion: passRate });
    expect(rows.find((row) => row.name === 'regressions')).toEqual({ name: 'regressions', value: 1 });
    expect(rows.find((row) => row.name === 'cases')).toEqual({ name: 'cases', value: 3 });
    expect(aggregateRows({ aggregates, criteria: [] }).map((row) => row.name)).not.toContain('regressions');
  });

  it('sorts handoff reasons by name', () => {
    const rows = handoffReasonRows({
      aggregates: { ...aggregates, handoffByReason: { legal: { precision: 1, recall: null }, billing: { precision: 0.5, recall: 1 } } },
    });
    expect(rows).toEqual([
      { reason: 'billing', precision: 0.5, recall: 1 },
      { reason: 'legal', precision: 1, recall: null },
    ]);
  });

  it('counts expected × predicted intents, a turn without one as (none), with each row right out of its total', () => {
    const table = confusionTable([
      { caseId: 'a', expected: 'refund', predicted: 'refund', confidence: 0.9 },
      { caseId: 'b', expected: 'refund', predicted: 'billing', confidence: 0.6 },
      { caseId: 'c', expected: 'billing', predicted: null, confidence: 0 },
    ]);
    expect(table).toEqual({
      expected: ['billing', 'refund'],
      predicted: ['(none)', 'billing', 'refund'],
      counts: [
        [1, 0, 0],
        [0, 1, 1],
      ],
      accuracy: [
        { right: 0, total: 1 },
        { right: 1, total: 2 },
      ],
    });
  });

  it('interleaves customer turns with the replies to them', () => {
    const transcript = caseTranscript(evalCase('a', undefined, [reply(2, 10), reply(1, 10)], ['hello', 'refund please']));
    expect(transcript.map((entry) => (entry.kind === 'customer' ? entry.text : entry.reply.text))).toEqual([
      'hello',
      'reply 1',
      'refund please',
      'reply 2',
    ]);
    expect(caseTranscript(evalCase('b', undefined, [reply(1, 10)])).map((entry) => entry.kind)).toEqual(['bot']);
  });
});
