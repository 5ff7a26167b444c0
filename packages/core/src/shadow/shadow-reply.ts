/**
 * The one thing a shadow turn leaves behind: a `shadow.reply` event comparing the candidate's reply with production's.
 * The candidate's pipeline runs on production's question, history and verified context; its reply, trace and pending
 * events are read here and never committed, so no customer sees it and the log keeps no trace of it but this event.
 */
import type { PendingEvent, ShadowRun } from '@switchboard/spec';
import type { AnswerPipeline, MessageContext, PipelineResult } from '../pipeline/answer-pipeline.js';
import type { ReleaseArm } from '../release/release-assignment.js';
import { compareShadow } from './compare-shadow.js';
import { shadowSide, shadowToolCalls } from './shadow-side.js';

export const shadowReplyEvent = 'shadow.reply';

/** What the candidate needs to answer the message as production did, and production's reply to compare with. */
export interface ShadowTurnInput {
  readonly run: ShadowRun;
  readonly question: string;
  /** Production's context: the conversation, its history before this message, the verified identity. */
  readonly context: MessageContext;
  readonly production: {
    readonly result: Pick<PipelineResult, 'answer' | 'facts' | 'trace' | 'events'>;
    readonly release: ReleaseArm;
    /** The stored bot message production's reply is. */
    readonly messageId: string;
  };
}

/**
 * Runs the candidate and returns the `shadow.reply` event. Never throws: a candidate that fails (its pipeline cannot
 * be built, or its run throws) is recorded as an event with `error` and no shadow side, for the report to count.
 */
export async function shadowTurn(pipeline: () => Promise<AnswerPipeline>, input: ShadowTurnInput): Promise<PendingEvent> {
  const { run, production } = input;
  const productionSide = {
    release: production.release.release,
    arm: production.release.arm,
    traceId: production.result.trace.id,
    messageId: production.messageId,
    ...shadowSide(production.result),
  };
  const base = { runId: run.id, release: run.release, production: productionSide };
  try {
    const result = await (await pipeline()).run(input.question, input.context);
    const shadow = shadowSide(result);
    return {
      type: shadowReplyEvent,
      data: {
        ...base,
        shadow: { ...shadow, toolCalls: shadowToolCalls(result.events) },
        comparison: compareShadow(productionSide, shadow),
        error: null,
      },
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { type: shadowReplyEvent, data: { ...base, shadow: null, comparison: null, error: message } };
  }
}
