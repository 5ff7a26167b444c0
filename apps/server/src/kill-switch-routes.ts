/**
 * GET /v1/killswitch (agents: the console shows who turned it on and why) and POST /v1/killswitch {on, reason?}
 * (admins): the product-wide kill switch of core/conversation/kill-switch.ts. The actor is the key's name, never the body.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SwitchboardError, type RuntimeSwitch } from '@switchboard/spec';
import type { KillSwitch } from '@switchboard/core/conversation';
import { verifiedKeyOf } from './auth/request-credentials.js';
import type { Validate } from './request-validation.js';

export const killSwitchBody = z.strictObject({
  on: z.boolean({ message: 'on must be true or false' }),
  reason: z.string().trim().max(500, 'reason is longer than 500 characters').optional(),
});

/** The response of both routes: the switch as last set, or off and never set. */
export function killSwitchResponse(state: RuntimeSwitch | null): RuntimeSwitch | { on: false; reason: null; by: null; at: null } {
  return state ?? { on: false, reason: null, by: null, at: null };
}

export function registerKillSwitchRoutes(app: FastifyInstance, killSwitch: KillSwitch | null, validate: Validate): void {
  const required = (): KillSwitch => {
    if (killSwitch) return killSwitch;
    throw new SwitchboardError('NOT_FOUND', 'this server has no store for runtime switches, so it has no kill switch');
  };
  app.get('/v1/killswitch', async () => killSwitchResponse(await required().read()));
  app.post('/v1/killswitch', async (request) => {
    const body = validate(killSwitchBody, request.body);
    const by = verifiedKeyOf(request)?.name ?? null;
    return killSwitchResponse(await required().set({ on: body.on, reason: body.reason ?? null, by }));
  });
}
