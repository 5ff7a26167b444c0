/**
 * POST /v1/conversations/:id/outcome {outcome, at?, note?}: an agent states what became of a conversation. The
 * conversation service records it as an `outcome.recorded` event, which the outcome metrics read (core/outcomes).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SwitchboardError, type Clock } from '@switchboard/spec';
import type { ConversationService } from '@switchboard/core/conversation';
import { agentOutcomes } from '@switchboard/core/outcomes';
import { actingAgent } from './auth/acting-agent.js';
import { isoTimeQuery } from './console-routes/iso-time-query.js';
import type { HttpMetrics } from './http-metrics.js';
import type { Validate } from './request-validation.js';

export const outcomeBody = z.strictObject({
  outcome: z.enum(agentOutcomes, { message: `must be one of ${agentOutcomes.join(', ')}` }),
  /** When it happened (an ISO date or time); now when absent. */
  at: isoTimeQuery.optional(),
  note: z.string().trim().min(1, 'note must not be empty').max(2000, 'note is longer than 2000 characters').optional(),
});

export interface OutcomeRouteDependencies {
  readonly service: Pick<ConversationService, 'recordOutcome'>;
  readonly clock: Clock;
  readonly metrics: Pick<HttpMetrics, 'agentOutcomes'>;
  readonly validate: Validate;
}

export function registerOutcomeRoute(app: FastifyInstance, deps: OutcomeRouteDependencies): void {
  app.post<{ Params: { id: string } }>('/v1/conversations/:id/outcome', async (request, reply) => {
    const body = deps.validate(outcomeBody, request.body);
    // An outcome dated in the future would settle the conversation before anything happened in it.
    if (body.at !== undefined && Date.parse(body.at) > deps.clock())
      throw new SwitchboardError('VALIDATION_FAILED', `invalid request body: at: ${body.at} is in the future; give the time it happened`, {
        details: { part: 'body', problems: ['at: in the future'] },
      });
    const { id } = await deps.service.recordOutcome(request.params.id, {
      kind: 'agent',
      outcome: body.outcome,
      ...(body.at === undefined ? {} : { at: body.at }),
      note: body.note ?? null,
      // The key's own name for an agent key; an admin key speaks for nobody in particular.
      agent: actingAgent(request, undefined),
    });
    deps.metrics.agentOutcomes.inc({ outcome: body.outcome });
    return reply.status(201).send({ id });
  });
}
