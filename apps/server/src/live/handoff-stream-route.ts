/** GET /v1/handoffs/stream: the human queue live for the console's inbox; the open and claimed handoffs at once and on every change. */
import type { FastifyInstance } from 'fastify';
import type { HandoffDesk } from '@switchboard/core/handoff';
import type { ChangeSignal } from './change-signal.js';
import { openEventStream } from './event-stream-reply.js';
import { followStore } from './follow-store.js';

export interface HandoffStreamDependencies {
  readonly desk: HandoffDesk;
  readonly changes: ChangeSignal;
  readonly pollMilliseconds: number;
}

export function registerHandoffStreamRoute(app: FastifyInstance, deps: HandoffStreamDependencies): void {
  app.get('/v1/handoffs/stream', async (request, reply) => {
    const stream = openEventStream(request, reply);
    let last = '';
    await followStore(request, stream, deps, async () => {
      const handoffs = await deps.desk.list(['open', 'claimed']);
      const now = JSON.stringify(handoffs);
      if (now !== last) {
        last = now;
        stream.send('handoffs', { handoffs });
      }
    });
  });
}
