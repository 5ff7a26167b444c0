/**
 * A pipeline that answers by rule instead of by retrieval, returning the trace stages and events the real one records,
 * so runner tests can drive the real conversation service and know exactly what each turn produced.
 */
import type { AnswerPipeline, MessageContext, PipelineResult } from '@switchboard/core/pipeline';
import { workflowTurnEvents } from '@switchboard/core/workflow';
import type { Answer, Citation, PendingEvent } from '@switchboard/spec';

export interface ScriptedTurn {
  readonly text: string;
  readonly cites?: readonly string[];
  readonly handoff?: Answer['handoff'];
  readonly route?: 'answer' | 'handoff' | 'refuse';
  readonly intent?: { readonly label: string; readonly confidence: number };
  readonly language?: string;
  readonly faithfulness?: number;
  readonly unsupportedClaims?: readonly string[];
  readonly costUsd?: number;
  readonly milliseconds?: number;
  /** Tool calls the turn logs, as the workflow actor would. */
  readonly tools?: readonly { readonly tool: string; readonly args: Record<string, unknown>; readonly status: 'executed' | 'blocked' }[];
}

/**
 * `script` picks each turn's outcome from the message and the context the service passed (the verified customer);
 * `newId` names the traces, unique across the pipelines of one store.
 */
export function scriptedPipeline(
  script: (question: string, context: MessageContext) => ScriptedTurn,
  newId: (prefix?: string) => string,
): AnswerPipeline & { contexts: MessageContext[] } {
  const contexts: MessageContext[] = [];
  return {
    contexts,
    async run(question, context = {}): Promise<PipelineResult> {
      contexts.push(context);
      const turn = script(question, context);
      const traceId = newId('trace');
      const citations: Citation[] = (turn.cites ?? []).map((path, index) => ({
        index: index + 1,
        chunkId: `${path}#1`,
        documentId: path,
        title: path,
        section: '',
        path,
        url: null,
        page: null,
      }));
      const conversationId = context.conversationId ?? 'none';
      const entries = (turn.tools ?? []).map((call, index) => ({
        id: `${traceId}-action-${index}`,
        conversationId,
        actor: 'workflow:test',
        tool: call.tool,
        arguments: call.args,
        status: call.status,
        at: '2026-03-01T12:00:00.000Z',
      }));
      const events: PendingEvent[] = entries.length > 0 ? workflowTurnEvents(entries, null) : [];
      return {
        answer: { text: turn.text, plainText: turn.text, citations, confidence: 0.8, handoff: turn.handoff ?? null, traceId },
        trace: {
          id: traceId,
          conversationId,
          query: question,
          createdAt: '2026-03-01T12:00:00.000Z',
          stages: [
            {
              name: 'intent',
              milliseconds: 1,
              detail: turn.intent ? { ...turn.intent, outOfScope: false } : { skipped: 'no intent model' },
            },
            { name: 'route', milliseconds: 1, detail: { decision: turn.route ?? 'answer', language: turn.language ?? 'en' } },
            {
              name: 'generate',
              milliseconds: 1,
              detail: turn.costUsd === undefined ? { skipped: 'no LLM configured' } : { costUsd: turn.costUsd },
            },
            {
              name: 'guard',
              milliseconds: 1,
              detail: {
                allowed: (turn.unsupportedClaims ?? []).length === 0,
                ...(turn.unsupportedClaims ? { unsupportedClaims: turn.unsupportedClaims } : {}),
                grounding: { faithfulness: turn.faithfulness ?? 1, claims: [] },
              },
            },
          ],
          totalMilliseconds: turn.milliseconds ?? 5,
        },
        composed: null,
        facts: {
          route: turn.route ?? 'answer',
          intent: turn.intent ? { ...turn.intent, outOfScope: false } : null,
          safety: null,
          retrieved: [],
          toolsRun: (turn.tools ?? []).map((call) => ({ name: call.tool, outcome: call.status })),
          persona: null,
          language: turn.language ?? 'en',
          mode: turn.handoff?.mode === 'transferred' ? 'handoff' : 'extractive',
        },
        events,
      };
    },
  };
}
