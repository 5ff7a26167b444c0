/**
 * The reply a scripted test pipeline gives: "reply to <question>", a trace with no stages, and the facts the test
 * names (a handoff, an intent, a persona). The conversation service's tests script their pipelines with it, so each
 * says only what its own case needs.
 */
import type { Answer } from '@switchboard/spec';
import type { MessageContext, PipelineResult } from '../../pipeline/answer-pipeline.js';

export interface EchoReplyFacts {
  readonly handoff?: Answer['handoff'];
  readonly intent?: PipelineResult['facts']['intent'];
  readonly persona?: PipelineResult['facts']['persona'];
}

export function echoReply(question: string, context: MessageContext, traceId: string, facts: EchoReplyFacts = {}): PipelineResult {
  const handoff = facts.handoff ?? null;
  return {
    answer: { text: `reply to ${question}`, plainText: `reply to ${question}`, citations: [], confidence: 0.9, handoff, traceId },
    trace: {
      id: traceId,
      conversationId: context.conversationId ?? null,
      query: question,
      createdAt: '',
      stages: [],
      totalMilliseconds: 1,
    },
    composed: null,
    facts: {
      route: handoff ? 'handoff' : 'answer',
      intent: facts.intent ?? null,
      safety: null,
      retrieved: [],
      toolsRun: [],
      persona: facts.persona ?? null,
      language: 'en',
      mode: handoff ? 'handoff' : 'extractive',
    },
    events: [],
  };
}
