/** GET /v1/me: the name and scope of the key the caller holds, the console's sign-in check. */
import type { FastifyInstance } from 'fastify';
import { SwitchboardError } from '@switchboard/spec';
import { verifiedKeyOf } from '../auth/request-credentials.js';

export function registerMeRoute(app: FastifyInstance): void {
  app.get('/v1/me', async (request) => {
    // The route's 'any-key' access verified the key before this handler runs; a request without one never gets here.
    const key = verifiedKeyOf(request);
    if (!key) throw new SwitchboardError('UNAUTHENTICATED', 'this route needs a valid API key: send Authorization: Bearer <key>');
    return { name: key.name, scope: key.scope };
  });
}
