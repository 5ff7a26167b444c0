import { describe, expect, it } from 'vitest';
import type { ShadowRun, SwitchboardEvent } from '@switchboard/spec';
import { shadowReport } from './shadow-report.js';
import type { ShadowSide } from './shadow-side.js';

const run: ShadowRun = {
  id: 'shadow_1',
  release: 'v2',
  percent: 20,
  salt: 'shadow:shadow_1',
  state: 'running',
  startedAt: '2026-03-01T10:00:00.000Z',
  stoppedAt: null,
  by: 'cli:ana',
  stoppedBy: null,
};

const side = (overrides: Partial<ShadowSide> = {}): ShadowSide => ({
  intent: 'refund',
  handoff: null,
  route: 'answer',
  mode: 'extractive',
  text: 'Refunds arrive in five days.',
  citations: ['refunds:s1'],
  milliseconds: 10,
  costUsd: 0.001,
  groundingFailures: [],
  ...overrides,
});

let counter = 0;
function reply(
  production: Partial<ShadowSide>,
  shadow: Partial<ShadowSide> | null,
  comparison: { intentAgrees: boolean; handoffAgrees: boolean; answerOverlap: number; citationOverlap: number } | null,
  extra: Record<string, unknown> = {},
): SwitchboardEvent {
  counter += 1;
  return {
    id: `evt_${counter}`,
    type: 'shadow.reply',
    at: `2026-03-01T11:00:0${counter % 10}.000Z`,
    conversationId: `conv_${counter}`,
    data: {
      runId: 'shadow_1',
      release: 'v2',
      production: { release: 'v1', arm: 'baseline', traceId: `trace_${counter}`, messageId: `msg_${counter}`, ...side(production) },
      shadow: shadow ? { ...side(shadow), toolCalls: [] } : null,
      comparison,
      error: shadow ? null : 'release v2 cannot be built',
      ...extra,
    },
  };
}

const agree = { intentAgrees: true, handoffAgrees: true, answerOverlap: 1, citationOverlap: 1 };

describe('shadowReport', () => {
  it('aggregates known replies into rates with counts, means, percentiles, cost and examples', () => {
    const events = [
      reply({ milliseconds: 10 }, { milliseconds: 20 }, agree),
      reply(
        { milliseconds: 20 },
        { intent: 'billing', milliseconds: 40 },
        { ...agree, intentAgrees: false, answerOverlap: 0.5, citationOverlap: 0 },
      ),
      reply(
        { milliseconds: 30 },
        { handoff: 'offered', milliseconds: 60 },
        { ...agree, handoffAgrees: false, answerOverlap: 0.25, citationOverlap: 0.5 },
      ),
      reply(
        { milliseconds: 40, groundingFailures: ['guard.blocked'] },
        { milliseconds: 80, groundingFailures: ['claim.blocked'], costUsd: 0.004 },
        { ...agree, answerOverlap: 0.25, citationOverlap: 0.5 },
      ),
      reply({}, null, null),
      // Another run's reply and another event type are not this run's.
      reply({}, {}, agree, { runId: 'shadow_0' }),
      { id: 'evt_x', type: 'message.answered', at: '2026-03-01T11:00:00.000Z', conversationId: 'c', data: {} },
    ];
    const report = shadowReport(run, events);
    expect(report).toMatchObject({
      release: 'v2',
      percent: 20,
      state: 'running',
      messages: 5,
      errors: 1,
      compared: 4,
      intentDisagreement: { count: 1, rate: 0.25 },
      handoffDisagreement: { count: 1, rate: 0.25 },
      answerOverlap: 0.5,
      citationOverlap: 0.5,
      groundingFailures: { production: { count: 1, rate: 0.25 }, shadow: { count: 1, rate: 0.25 } },
      // numpy's linear percentiles of [10, 20, 30, 40] and [20, 40, 60, 80].
      latency: { production: { p50: 25, p95: 38.5 }, shadow: { p50: 50, p95: 77 } },
      cost: { production: 0.004, shadow: 0.007 },
      dryRunToolCalls: 0,
    });
    expect(report.examples.map((example) => [example.kind, example.conversationId])).toEqual([
      ['error', 'conv_5'],
      ['grounding', 'conv_4'],
      ['handoff', 'conv_3'],
      ['intent', 'conv_2'],
    ]);
    expect(report.examples[3]).toMatchObject({ production: { intent: 'refund' }, shadow: { intent: 'billing' }, messageId: 'msg_2' });
    expect(report.examples[0]?.detail).toBe('release v2 cannot be built');
  });

  it('reports no rates and no percentiles before any reply', () => {
    const report = shadowReport(run, []);
    expect(report).toMatchObject({
      messages: 0,
      compared: 0,
      intentDisagreement: { count: 0, rate: null },
      answerOverlap: null,
      latency: { production: { p50: null, p95: null }, shadow: { p50: null, p95: null } },
      cost: { production: 0, shadow: 0 },
      examples: [],
    });
  });

  it('counts the writes the candidate would have made', () => {
    const event = reply({}, {}, agree);
    const data = event.data as { shadow: Record<string, unknown> };
    data.shadow['toolCalls'] = [
      { tool: 'get_order', arguments: {}, status: 'executed', dryRun: false },
      { tool: 'refund_order', arguments: { amount: 40 }, status: 'executed', dryRun: true },
    ];
    expect(shadowReport(run, [event]).dryRunToolCalls).toBe(1);
  });
});
