/** Workflow calls parked for a person's approval: list them, approve or deny one (the conversation service decides). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Approval } from '@switchboard/core/approval';
import type { ConversationService } from '@switchboard/core/conversation';
import { z } from 'zod';
import { actingAgent } from './auth/acting-agent.js';
import type { Validate } from './request-validation.js';

export const approvalListQuery = z.strictObject({
  status: z.enum(['pending', 'approved', 'denied'], { message: 'must be pending, approved or denied' }).optional(),
});
export const decisionBody = z.strictObject({
  agent: z.string().trim().min(1, 'agent must name who decides').max(200),
  note: z.string().trim().max(2000).optional(),
});

export function registerApprovalRoutes(
  app: FastifyInstance,
  approvals: Pick<ConversationService, 'listApprovals' | 'decideApproval'>,
  validate: Validate,
): void {
  app.get('/v1/approvals', async (request) => {
    const { status } = validate(approvalListQuery, request.query ?? {}, 'query');
    return { approvals: await approvals.listApprovals(status) };
  });
  const decide =
    (approved: boolean) =>
    async (request: FastifyRequest<{ Params: { id: string } }>): Promise<Approval> => {
      const body = validate(decisionBody, request.body);
      // An empty note is no note: the customer is not shown an empty quote.
      const approver = actingAgent(request, body.agent) ?? body.agent;
      return approvals.decideApproval(request.params.id, { approved, approver, note: body.note || null });
    };
  app.post('/v1/approvals/:id/approve', decide(true));
  app.post('/v1/approvals/:id/deny', decide(false));
}
