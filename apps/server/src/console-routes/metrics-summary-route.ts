/** GET /v1/metrics/summary: outcome metrics (core/outcomes) over the event log and the replies' traces, for the console's charts. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Clock, ConversationStore, EventStore, PipelineTrace } from '@switchboard/spec';
import { outcomeTraceIds, summarizeOutcomes, type OutcomeSettings } from '@switchboard/core/outcomes';
import type { Validate } from '../request-validation.js';
import { isoTimeQuery } from './iso-time-query.js';

export interface MetricsSummaryDependencies {
  readonly events: EventStore;
  readonly conversations: ConversationStore;
  readonly clock: Clock;
  readonly validate: Validate;
  /** The inactivity and reopen windows (config `outcomes`); 30 minutes and 72 hours when absent. */
  readonly outcomes?: OutcomeSettings;
}

export const metricsSummaryQuery = z
  .strictObject({
    /** Conversations started at or after this time; 30 days before `to` when absent. */
    from: isoTimeQuery.optional(),
    /** Conversations started before this time; now when absent. */
    to: isoTimeQuery.optional(),
    by: z.enum(['day', 'intent', 'persona', 'release']).optional(),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from < query.to, {
    path: ['from'],
    message: 'must be before to',
  });

const defaultDays = 30;

export function registerMetricsSummaryRoute(app: FastifyInstance, deps: MetricsSummaryDependencies): void {
  app.get('/v1/metrics/summary', async (request) => {
    const query = deps.validate(metricsSummaryQuery, request.query ?? {}, 'query');
    // Outcomes are read as of now: an answer settles, and a resolution can be reopened, only as time passes.
    const asOf = new Date(deps.clock()).toISOString();
    const to = query.to ?? asOf;
    const from = query.from ?? new Date(Date.parse(to) - defaultDays * 86_400_000).toISOString();
    const window = { from, to };
    const view = { asOf, ...(deps.outcomes ? { settings: deps.outcomes } : {}) };
    const events = await deps.events.list({ since: from });
    const traces = new Map<string, PipelineTrace>();
    for (const id of new Set(outcomeTraceIds(events, window, view))) {
      const trace = await deps.conversations.getTrace(id);
      if (trace) traces.set(id, trace);
    }
    return summarizeOutcomes({ ...window, ...view, events, traces, by: query.by ?? 'day' });
  });
}
