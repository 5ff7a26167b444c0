/** What one turn of a played case produced, read off the service's outcome and the trace's stages. Pure. */
import type { MessageOutcome } from '@switchboard/core/conversation';
import type { PipelineTrace, TraceStage } from '@switchboard/spec';
import type { PlayedReply } from './suite-types.js';
import { stageSummaries } from './stage-summaries.js';

/** A turn the bot answered (a held turn, while a person owns the conversation, has no reply). */
export type AnsweredOutcome = Omit<MessageOutcome, 'answer' | 'trace' | 'outcome'> & {
  readonly answer: NonNullable<MessageOutcome['answer']>;
  readonly trace: PipelineTrace;
  readonly outcome: Exclude<MessageOutcome['outcome'], 'held'>;
};

/** `turn` is 1-based, as reasons name it. */
export function playedReply(turn: number, outcome: AnsweredOutcome): PlayedReply {
  const { answer, trace } = outcome;
  const guard = detailOf(trace, 'guard');
  const grounding = guard['grounding'] as { faithfulness?: unknown } | undefined;
  const transferred = outcome.outcome === 'handoff' && outcome.handoff ? outcome.handoff : null;
  return {
    turn,
    text: answer.text,
    outcome: outcome.outcome,
    citations: answer.citations.map(({ path, url, chunkId }) => ({ path, url, chunkId })),
    confidence: answer.confidence,
    // The answer names the handoff it made or offered; a transfer the service opened is the fallback.
    handoff: answer.handoff
      ? { mode: answer.handoff.mode, reason: answer.handoff.reason }
      : transferred
        ? { mode: 'transferred', reason: transferred.reason }
        : null,
    intent: intentOf(detailOf(trace, 'intent')),
    language: typeof detailOf(trace, 'route')['language'] === 'string' ? (detailOf(trace, 'route')['language'] as string) : null,
    // Null for a reply that quotes no knowledge (a workflow step, a handoff, a decline): the guard skipped the check.
    faithfulness: typeof grounding?.faithfulness === 'number' ? grounding.faithfulness : null,
    unloggedActionClaims: stringsOf(guard['unsupportedClaims']),
    traceId: trace.id,
    stages: stageSummaries(trace.stages),
    milliseconds: trace.totalMilliseconds,
    costUsd: trace.stages.reduce((sum, stage) => sum + costOf(stage), 0),
  };
}

function detailOf(trace: PipelineTrace, name: string): Readonly<Record<string, unknown>> {
  return trace.stages.find((stage) => stage.name === name)?.detail ?? {};
}

/** The intent stage's label and calibrated confidence; null when it was skipped (no intent model) or failed. */
function intentOf(detail: Readonly<Record<string, unknown>>): PlayedReply['intent'] {
  const { label, confidence } = detail;
  return typeof label === 'string' && typeof confidence === 'number' ? { label, confidence } : null;
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The model spend a stage recorded (generation records `costUsd`); 0 for stages without an LLM call. */
function costOf(stage: TraceStage): number {
  const cost = stage.detail['costUsd'];
  return typeof cost === 'number' && Number.isFinite(cost) ? cost : 0;
}
