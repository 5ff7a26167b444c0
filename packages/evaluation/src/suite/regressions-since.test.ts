import { describe, expect, it } from 'vitest';
import { regressionsSince } from './regressions-since.js';
import { suiteAggregates } from './suite-aggregates.js';
import { result } from './__fixtures__/played-fixtures.js';
import type { CaseResult, EvalRun } from './suite-types.js';

function baselineOf(cases: readonly CaseResult[]): EvalRun {
  return {
    runId: 'run-before',
    startedAt: '2026-03-01T12:00:00.000Z',
    finishedAt: '2026-03-01T12:01:00.000Z',
    configHash: 'a1b2c3d4e5f60718',
    knowledgeVersion: 3,
    gitCommit: null,
    suites: ['evals/smoke.yaml'],
    cases,
    aggregates: suiteAggregates([]),
  };
}

describe('regressionsSince', () => {
  it('names the cases that passed in the baseline and fail now, and no case that failed before, is new or passes', () => {
    const baseline = baselineOf([result('refund', true), result('export', false), result('sso', true), result('gone', true)]);
    const now = [result('refund', false), result('export', false), result('sso', true), result('new', false)];
    expect(regressionsSince(baseline, now)).toEqual(['refund']);
  });

  it('tells cases apart by suite, and names a case by its suite when another suite has the same id', () => {
    const baseline = baselineOf([result('refund', true, undefined, 'evals/a.yaml'), result('refund', false, undefined, 'evals/b.yaml')]);
    const now = [result('refund', false, undefined, 'evals/a.yaml'), result('refund', false, undefined, 'evals/b.yaml')];
    expect(regressionsSince(baseline, now)).toEqual(['evals/a.yaml: refund']);
  });
});
