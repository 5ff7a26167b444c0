import { describe, expect, it } from 'vitest';
import type { ShadowReport, ShadowRun } from '../api/shadow-types';
import {
  describeSide,
  exampleKindLabel,
  excerpt,
  formatOverlap,
  formatShadowErrors,
  formatShadowRate,
  runActor,
  shadowRunOf,
} from './shadow-view';

const run: ShadowRun = {
  id: 'shadow_1',
  release: 'v2',
  percent: 10,
  salt: 'salt',
  state: 'running',
  startedAt: '2026-03-01T09:00:00.000Z',
  stoppedAt: null,
  by: 'cli:ana',
  stoppedBy: null,
};
const rate = { count: 0, rate: null };
const report: ShadowReport = {
  release: 'v2',
  percent: 10,
  state: 'running',
  startedAt: run.startedAt,
  stoppedAt: null,
  messages: 0,
  errors: 0,
  compared: 0,
  intentDisagreement: rate,
  handoffDisagreement: rate,
  answerOverlap: null,
  citationOverlap: null,
  groundingFailures: { production: rate, shadow: rate },
  latency: { production: { p50: null, p95: null }, shadow: { p50: null, p95: null } },
  cost: { production: 0, shadow: 0 },
  dryRunToolCalls: 0,
  examples: [],
};

describe('shadow view', () => {
  it('reads the run and report from GET /v1/shadow, and nothing before any run', () => {
    expect(shadowRunOf({ run, report })).toEqual({ run, report });
    expect(shadowRunOf({ run: null, report: null })).toBeNull();
    expect(shadowRunOf(null)).toBeNull();
  });

  it('shows a rate as a percentage with its count over the compared messages', () => {
    expect(formatShadowRate({ count: 3, rate: 0.125 }, 24)).toBe('12.5% (3 of 24)');
    expect(formatShadowRate({ count: 0, rate: 0 }, 24)).toBe('0% (0 of 24)');
    expect(formatShadowRate({ count: 0, rate: null }, 0)).toBe('—');
  });

  it('shows the candidate errors as a share of the messages shadowed', () => {
    expect(formatShadowErrors({ errors: 2, messages: 30 })).toBe('6.7% (2 of 30)');
    expect(formatShadowErrors({ errors: 0, messages: 0 })).toBe('0');
  });

  it('shows overlaps to two decimals and a dash when nothing was compared', () => {
    expect(formatOverlap(0.7345)).toBe('0.73');
    expect(formatOverlap(1)).toBe('1.00');
    expect(formatOverlap(null)).toBe('—');
  });

  it('names each kind of example for people', () => {
    expect(exampleKindLabel('intent')).toBe('Intent differs');
    expect(exampleKindLabel('handoff')).toBe('Handoff differs');
    expect(exampleKindLabel('grounding')).toBe('Candidate grounding failed');
    expect(exampleKindLabel('error')).toBe('Candidate failed');
  });

  it("describes a side's intent and handoff, and a missing reply", () => {
    expect(describeSide({ intent: 'refund', handoff: 'transferred' })).toBe('intent refund · handoff transferred');
    expect(describeSide({ intent: null, handoff: null })).toBe('no intent · no handoff');
    expect(describeSide(null)).toBe('no reply');
  });

  it('puts a reply on one line and cuts a long one with an ellipsis', () => {
    expect(excerpt('  Your refund\n\nis on its way.  ')).toBe('Your refund is on its way.');
    const cut = excerpt('word '.repeat(100), 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('says unknown when who started or stopped a run was not recorded', () => {
    expect(runActor('cli:ana')).toBe('cli:ana');
    expect(runActor(null)).toBe('unknown');
  });
});
