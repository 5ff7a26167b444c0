/**
 * The answer pipeline the traffic simulator serves each release with: no retrieval or model, a reply whose latency,
 * guard replacement and model availability are drawn from the release's arm rates, so the conversation service, not
 * the simulator, records the release, the arm and the events the rollout guardrails read.
 */
import type { AnswerPipeline, PipelineResult } from '@switchboard/core/pipeline';
import type { IdGenerator } from '@switchboard/spec';
import { drawLatencyMs, type ArmRates } from './traffic-model.js';
import type { SimulationRandom } from '@switchboard/core/experiments';

export function simulatedPipeline(rates: ArmRates, random: SimulationRandom, newId: IdGenerator): AnswerPipeline {
  return {
    async run(question, context = {}): Promise<PipelineResult> {
      const traceId = newId('trace');
      const unavailable = random.chance(rates.error);
      const blocked = !unavailable && random.chance(rates.grounding);
      const text = unavailable ? 'Our assistant is unavailable right now.' : `reply to ${question}`;
      return {
        answer: { text, plainText: text, citations: [], confidence: 0.9, handoff: null, traceId },
        trace: {
          id: traceId,
          conversationId: context.conversationId ?? null,
          query: question,
          createdAt: '',
          stages: [],
          totalMilliseconds: drawLatencyMs(rates, random),
        },
        composed: null,
        facts: {
          route: 'answer',
          intent: null,
          safety: null,
          retrieved: [],
          toolsRun: [],
          persona: null,
          language: 'en',
          mode: unavailable ? 'unavailable' : 'extractive',
        },
        events: blocked ? [{ type: 'guard.blocked', data: { traceId, violations: ['simulated'], blockedText: text } }] : [],
      };
    },
  };
}
