import { describe, expect, it } from 'vitest';
import { suiteAggregates, type AggregatedCase } from './suite-aggregates.js';
import { handoffReply, played, reply, suiteCase } from './__fixtures__/played-fixtures.js';
import type { CaseExpectation, PlayedCase } from './suite-types.js';

const refunds = [{ path: 'kb/billing/refunds.md', url: null, chunkId: 'c1' }];

function entry(id: string, expectation: CaseExpectation, playedCase: PlayedCase, passed: boolean): AggregatedCase {
  return {
    testCase: suiteCase(expectation, { id }),
    result: { id, suite: 'evals/smoke.yaml', passed, reasons: passed ? [] : ['unmet'], played: playedCase },
  };
}

// Six cases, seven replies; the figures below are worked out by hand in the test names' comments.
const cases: AggregatedCase[] = [
  entry(
    'a',
    { cites: ['kb/billing/refunds.md'], intent: 'refund_request', handoff: false },
    played([
      reply({
        faithfulness: 0.9,
        intent: { label: 'refund_request', confidence: 0.9 },
        citations: refunds,
        milliseconds: 10,
        costUsd: 0.001,
      }),
    ]),
    true,
  ),
  entry(
    'b',
    { cites: ['kb/a.md'], intent: 'billing_question', handoff: false },
    played([
      reply({
        faithfulness: 0.7,
        intent: { label: 'refund_request', confidence: 0.6 },
        citations: refunds,
        milliseconds: 30,
        costUsd: 0.002,
        unloggedActionClaims: ['I have refunded you'],
      }),
    ]),
    false,
  ),
  entry('c', { handoff: 'self_harm' }, played([{ ...handoffReply('self_harm'), intent: null, milliseconds: 50 }]), true),
  entry(
    'd',
    { handoff: 'customer_request', intent: 'talk_to_human' },
    played([
      reply({ intent: null, milliseconds: 20 }),
      { ...handoffReply('low_confidence', 'offered', 2), intent: { label: 'talk_to_human', confidence: 0.3 }, milliseconds: 60 },
    ]),
    false,
  ),
  entry('e', { says: ['sorry'] }, played([reply({ outcome: 'refused', intent: null, faithfulness: 1, milliseconds: 40 })]), true),
  entry('f', { handoff: false }, played([{ ...handoffReply('low_confidence', 'offered'), intent: null, milliseconds: 70 }]), false),
];

describe('suiteAggregates', () => {
  it('computes every aggregate of a run as worked out by hand', () => {
    expect(suiteAggregates(cases)).toEqual({
      cases: 6,
      passed: 3,
      passRate: 0.5,
      // Answered: a, b and d's first turn, of seven replies (c and d's second hand off, e refuses, f offers a person).
      answerRate: 0.4286,
      // Mean of the answered replies' faithfulness: (0.9 + 0.7 + 1) / 3.
      faithfulness: 0.8667,
      // Of a and b (the cases with cites), a cited its document.
      citationAccuracy: 0.5,
      // a and d right, b wrong.
      intentAccuracy: 0.6667,
      // One prediction per bin: (|1 − 0.9| + |0 − 0.6| + |1 − 0.3|) / 3.
      intentEce: 0.4667,
      // Of a, b, c, d, f (the cases with handoff): c and d expect one, c, d and f made one.
      handoffPrecision: 0.6667,
      handoffRecall: 1,
      handoffByReason: {
        customer_request: { precision: null, recall: 0 },
        low_confidence: { precision: 0, recall: null },
        self_harm: { precision: 1, recall: 1 },
      },
      // b's one claim, of seven replies.
      unloggedActionClaimRate: 0.1429,
      // Latencies 10…70 in steps of 10: the median 40, the 95th percentile 60 + 0.7 × 10.
      p50Ms: 40,
      p95Ms: 67,
      costUsd: 0.003,
    });
  });

  it('reports null for what nothing measured, and no cost or pass rate for an empty run', () => {
    expect(suiteAggregates([entry('only', {}, played([]), true)])).toMatchObject({
      cases: 1,
      passed: 1,
      passRate: 1,
      answerRate: null,
      faithfulness: null,
      citationAccuracy: null,
      intentAccuracy: null,
      intentEce: null,
      handoffPrecision: null,
      handoffRecall: null,
      handoffByReason: {},
      unloggedActionClaimRate: null,
      p50Ms: null,
      p95Ms: null,
      costUsd: 0,
    });
    expect(suiteAggregates([])).toMatchObject({ cases: 0, passed: 0, passRate: 0 });
  });

  it('counts a reply without a recorded outcome as answered when it made no handoff', () => {
    const { outcome: _outcome, ...bare } = reply();
    const unrecorded = played([bare, { ...handoffReply('low_confidence', 'offered', 2), outcome: undefined }]);
    expect(suiteAggregates([entry('bare', {}, unrecorded, true)]).answerRate).toBe(0.5);
  });
});
