/** What one side of a shadow comparison did with a message: the facts the report compares, read from a pipeline result. */
import type { PendingEvent } from '@switchboard/spec';
import type { PipelineResult } from '../pipeline/answer-pipeline.js';
import { traceCost } from '../outcomes/outcome-row.js';
import { actionLoggedEvent } from '../workflow/workflow-state-events.js';
import type { ActionLogEntry } from '../workflow/action-log.js';

export interface ShadowSide {
  /** The intent label; null without an intent model or when out of scope. */
  readonly intent: string | null;
  /** The handoff the reply asked for (`transferred`, `offered`), or null when the bot answered alone. */
  readonly handoff: string | null;
  /** The route decision: answer, handoff, refuse. */
  readonly route: string;
  /** How the reply was made: extractive, generated, workflow, handoff, refusal, unavailable. */
  readonly mode: string;
  readonly text: string;
  /** Cited chunk ids, in citation order. */
  readonly citations: readonly string[];
  /** The pipeline's own total latency. */
  readonly milliseconds: number;
  /** Model spend in US dollars from the trace (0 without an LLM). */
  readonly costUsd: number;
  /**
   * Why grounding failed, empty when it did not: `guard.blocked` / `claim.blocked` (the output guard or the claim check
   * replaced the reply), `unsupported claims` (the generator fell back because its draft was not grounded).
   */
  readonly groundingFailures: readonly string[];
}

/** A tool call the shadow's workflow attempted; `dryRun` when it writes, so it went to the dry-run executor and ran nowhere. */
export interface ShadowToolCall {
  readonly tool: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  readonly status: string;
  readonly dryRun: boolean;
}

const blockedTypes = new Set(['guard.blocked', 'claim.blocked']);

/** The side's facts from its pipeline result (the pending events are read, never committed). */
export function shadowSide(result: Pick<PipelineResult, 'answer' | 'facts' | 'trace' | 'events'>): ShadowSide {
  const { answer, facts, trace, events } = result;
  const generate = trace.stages.find((stage) => stage.name === 'generate')?.detail['verdict'] as
    { readonly fallbackReason?: unknown } | undefined;
  return {
    intent: facts.intent && !facts.intent.outOfScope ? facts.intent.label : null,
    handoff: answer.handoff?.mode ?? null,
    route: facts.route,
    mode: facts.mode,
    text: answer.text,
    citations: answer.citations.map((citation) => citation.chunkId),
    milliseconds: trace.totalMilliseconds,
    costUsd: traceCost(trace),
    groundingFailures: [
      ...events.filter((event) => blockedTypes.has(event.type)).map((event) => event.type),
      ...(generate?.fallbackReason === 'unsupported claims' ? ['unsupported claims'] : []),
    ],
  };
}

/**
 * The tool calls in a shadow run's action-log entries. In a shadow every write goes to the dry-run executor, and the
 * gateway gives exactly the writes an idempotency key, so an entry with one records a call that was not made.
 */
export function shadowToolCalls(events: readonly PendingEvent[]): ShadowToolCall[] {
  return events
    .filter((event) => event.type === actionLoggedEvent)
    .map((event) => event.data['entry'] as ActionLogEntry)
    .map((entry) => ({ tool: entry.tool, arguments: entry.arguments, status: entry.status, dryRun: entry.idempotencyKey !== undefined }));
}
