/** The handoff queue for humans: list, claim (or take over), reply as 'human', release back to the bot. */
import type { FastifyInstance } from 'fastify';
import type { HandoffDesk } from '@switchboard/core/handoff';
import type { HandoffStatus } from '@switchboard/spec';
import { z, type ZodType } from 'zod';
import { actingAgent } from './auth/acting-agent.js';

export const listQuery = z.strictObject({
  status: z
    .string()
    .regex(/^(open|claimed|released)(,(open|claimed|released))*$/, 'must be open, claimed or released, or several joined by commas')
    .optional(),
});
const agent = z.string().trim().min(1).max(200);
export const claimBody = z.strictObject({ agent, takeOver: z.boolean().optional() });
export const replyBody = z.strictObject({
  text: z.string().trim().min(1, 'text must not be empty').max(4000),
  agent: agent.optional(),
});
export const releaseBody = z.strictObject({ agent: agent.optional() }).optional();

export function registerHandoffRoutes(
  app: FastifyInstance,
  desk: HandoffDesk,
  validate: <T>(schema: ZodType<T>, value: unknown, part?: 'body' | 'query' | 'path') => T,
): void {
  app.get('/v1/handoffs', async (request) => {
    const { status } = validate(listQuery, request.query ?? {}, 'query');
    return { handoffs: await desk.list(status ? (status.split(',') as HandoffStatus[]) : undefined) };
  });
  app.post<{ Params: { id: string } }>('/v1/handoffs/:id/claim', async (request) => {
    const body = validate(claimBody, request.body);
    return desk.claim(request.params.id, actingAgent(request, body.agent) ?? body.agent, { takeOver: body.takeOver ?? false });
  });
  app.post<{ Params: { id: string } }>('/v1/handoffs/:id/reply', async (request, reply) => {
    const body = validate(replyBody, request.body);
    return reply.status(201).send(await desk.reply(request.params.id, body.text, actingAgent(request, body.agent)));
  });
  app.post<{ Params: { id: string } }>('/v1/handoffs/:id/release', async (request) => {
    const body = validate(releaseBody, request.body ?? undefined);
    return desk.release(request.params.id, actingAgent(request, body?.agent));
  });
}
