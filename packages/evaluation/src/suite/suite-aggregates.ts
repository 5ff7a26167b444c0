/**
 * The aggregates of a run (`SuiteAggregates`), from each case and its result. Pure. A rate is null when nothing was
 * there to measure (no case asked for it), never 0 or 1 by default.
 */
import { percentile } from '@switchboard/core/evaluation';
import { expectedCalibrationError } from '@switchboard/core/intent';
import { citesAnyOf } from './cited-sources.js';
import type { CaseResult, PlayedReply, SuiteAggregates, SuiteCase } from './suite-types.js';

export interface AggregatedCase {
  readonly testCase: SuiteCase;
  readonly result: CaseResult;
}

/** Confidence bins of the intent calibration error, as issue 19 asks. */
const calibrationBins = 10;

export function suiteAggregates(cases: readonly AggregatedCase[]): SuiteAggregates {
  const replies = cases.flatMap(({ result }) => result.played.replies);
  const answered = replies.filter(isAnswered);
  const passed = cases.filter(({ result }) => result.passed).length;
  const milliseconds = replies.map((reply) => reply.milliseconds);
  const intents = intentFigures(cases);
  const handoffs = handoffFigures(cases);
  return {
    cases: cases.length,
    passed,
    passRate: share(passed, cases.length) ?? 0,
    answerRate: share(answered.length, replies.length),
    faithfulness: mean(answered.flatMap((reply) => (reply.faithfulness === null ? [] : [reply.faithfulness]))),
    citationAccuracy: citationAccuracy(cases),
    intentAccuracy: intents.accuracy,
    intentEce: intents.ece,
    handoffPrecision: handoffs.precision,
    handoffRecall: handoffs.recall,
    handoffByReason: handoffs.byReason,
    unloggedActionClaimRate: share(replies.filter((reply) => reply.unloggedActionClaims.length > 0).length, replies.length),
    p50Ms: milliseconds.length === 0 ? null : round(percentile(milliseconds, 0.5)),
    p95Ms: milliseconds.length === 0 ? null : round(percentile(milliseconds, 0.95)),
    costUsd: Math.round(replies.reduce((sum, reply) => sum + reply.costUsd, 0) * 1e6) / 1e6,
  };
}

/** Answered: not declined, not handed off, not refused (the message outcome; without one, no handoff). */
export function isAnswered(reply: PlayedReply): boolean {
  return reply.outcome === undefined ? reply.handoff === null : reply.outcome === 'answered';
}

/** Share of the cases with `cites` whose last reply cited one of them (by path or url). */
function citationAccuracy(cases: readonly AggregatedCase[]): number | null {
  const judged = cases.filter(({ testCase }) => testCase.expect.cites !== undefined);
  const hits = judged.filter(({ testCase, result }) => citesAnyOf(result.played.replies.at(-1)?.citations ?? [], testCase.expect.cites!));
  return share(hits.length, judged.length);
}

/**
 * Over the cases with `intent`: accuracy counts a case without a prediction as wrong; the calibration error reads the
 * cases with a prediction, its confidence against whether it was the expected intent.
 */
function intentFigures(cases: readonly AggregatedCase[]): { accuracy: number | null; ece: number | null } {
  const judged = cases.filter(({ testCase }) => testCase.expect.intent !== undefined);
  const predicted = judged.flatMap(({ testCase, result }) => {
    const intent = result.played.replies.at(-1)?.intent;
    return intent ? [{ confidence: intent.confidence, correct: intent.label === testCase.expect.intent }] : [];
  });
  const correct = predicted.filter((prediction) => prediction.correct).length;
  return {
    accuracy: share(correct, judged.length),
    ece:
      predicted.length === 0
        ? null
        : round(
            expectedCalibrationError(
              predicted.map((prediction) => prediction.confidence),
              predicted.map((prediction) => prediction.correct),
              calibrationBins,
            ),
          ),
  };
}

/**
 * Over the cases whose expect has `handoff`: a case expects one when it says true or a reason, and made one when any
 * reply handed off or offered a person. Per reason, expecting means naming that reason and making one means a reply
 * with that reason.
 */
function handoffFigures(cases: readonly AggregatedCase[]): {
  precision: number | null;
  recall: number | null;
  byReason: SuiteAggregates['handoffByReason'];
} {
  const judged = cases
    .filter(({ testCase }) => testCase.expect.handoff !== undefined)
    .map(({ testCase, result }) => ({
      expected: testCase.expect.handoff!,
      made: new Set(result.played.replies.flatMap((reply) => (reply.handoff ? [reply.handoff.reason] : []))),
    }));
  const overall = precisionRecall(judged.map(({ expected, made }) => ({ expected: expected !== false, made: made.size > 0 })));
  const reasons = new Set(judged.flatMap(({ expected, made }) => [...(typeof expected === 'string' ? [expected] : []), ...made]));
  const byReason = Object.fromEntries(
    [...reasons]
      .sort()
      .map((reason) => [
        reason,
        precisionRecall(judged.map(({ expected, made }) => ({ expected: expected === reason, made: made.has(reason) }))),
      ]),
  );
  return { ...overall, byReason };
}

function precisionRecall(outcomes: readonly { expected: boolean; made: boolean }[]): { precision: number | null; recall: number | null } {
  const both = outcomes.filter(({ expected, made }) => expected && made).length;
  return {
    precision: share(both, outcomes.filter(({ made }) => made).length),
    recall: share(both, outcomes.filter(({ expected }) => expected).length),
  };
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : round(part / whole);
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : round(values.reduce((sum, value) => sum + value, 0) / values.length);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
