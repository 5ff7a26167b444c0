/** The handoff queue for humans: list, claim, reply as 'human', release back to the bot. */
import type { FastifyInstance } from 'fastify';
import type { HandoffDesk } from '@switchboard/core';
import type { HandoffStatus } from '@switchboard/spec';
import { z, type ZodType } from 'zod';

const listQuery = z.strictObject({
  status: z
    .string()
    .regex(/^(open|claimed|released)(,(open|claimed|released))*$/)
    .optional(),
});
const claimBody = z.strictObject({ agent: z.string().trim().min(1).max(200) });
const replyBody = z.strictObject({
  text: z.string().trim().min(1, 'text must not be empty').max(4000),
  agent: z.string().trim().min(1).max(200).optional(),
});

export function registerHandoffRoutes(
  app: FastifyInstance,
  desk: HandoffDesk,
  validate: <T>(schema: ZodType<T>, value: unknown) => T,
): void {
  app.get('/v1/handoffs', async (request) => {
    const { status } = validate(listQuery, request.query ?? {});
    return { handoffs: await desk.list(status ? (status.split(',') as HandoffStatus[]) : undefined) };
  });
  app.post<{ Params: { id: string } }>('/v1/handoffs/:id/claim', async (request) => {
    const { agent } = validate(claimBody, request.body);
    return desk.claim(request.params.id, agent);
  });
  app.post<{ Params: { id: string } }>('/v1/handoffs/:id/reply', async (request, reply) => {
    const body = validate(replyBody, request.body);
    return reply.status(201).send(await desk.reply(request.params.id, body.text, body.agent ?? null));
  });
  app.post<{ Params: { id: string } }>('/v1/handoffs/:id/release', async (request) => desk.release(request.params.id));
}
