/** Constructed replies, played cases and results for the pure suite tests. */
import type { CaseExpectation, CaseResult, PlayedCase, PlayedReply, SuiteCase } from '../suite-types.js';

export function reply(overrides: Partial<PlayedReply> = {}): PlayedReply {
  return {
    turn: 1,
    text: 'You can get a full refund within 30 days of an annual charge. [1]',
    outcome: 'answered',
    citations: [{ path: 'kb/billing/refunds.md', url: null, chunkId: 'chunk-refunds-1' }],
    confidence: 0.8,
    handoff: null,
    intent: { label: 'refund_request', confidence: 0.9 },
    language: 'en',
    faithfulness: 1,
    unloggedActionClaims: [],
    traceId: 'trace-1',
    milliseconds: 20,
    costUsd: 0,
    ...overrides,
  };
}

export function played(replies: readonly PlayedReply[], actions: PlayedCase['actions'] = []): PlayedCase {
  return { replies, actions };
}

export function suiteCase(expect: CaseExpectation, extra: Partial<SuiteCase> = {}): SuiteCase {
  return { id: 'case', turns: ['Can I get a refund?'], expect, ...extra };
}

export function result(id: string, passed: boolean, playedCase: PlayedCase = played([reply()]), suite = 'evals/smoke.yaml'): CaseResult {
  return { id, suite, passed, reasons: passed ? [] : ['says /x/ not found'], played: playedCase };
}

/** A handoff reply: transferred for a safety category or a request, offered when the bot does not know. */
export function handoffReply(reason: string, mode: 'offered' | 'transferred' = 'transferred', turn = 1): PlayedReply {
  return reply({
    turn,
    text: 'I am passing you to a person in Acme Support.',
    outcome: mode === 'transferred' ? 'handoff' : 'declined',
    citations: [],
    handoff: { mode, reason },
  });
}
