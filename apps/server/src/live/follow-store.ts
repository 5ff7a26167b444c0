/**
 * The loop behind every live stream: look at the store, send what changed, wait for a change signal or the poll
 * interval, until the client goes or the server closes. A failure ends the stream with an `error` event.
 */
import type { FastifyRequest } from 'fastify';
import { toHttpError } from '../http-errors.js';
import type { ChangeSignal } from './change-signal.js';
import type { OpenEventStream } from './event-stream-reply.js';

export async function followStore(
  request: FastifyRequest,
  stream: OpenEventStream,
  live: { readonly changes: ChangeSignal; readonly pollMilliseconds: number },
  look: () => Promise<void>,
): Promise<void> {
  try {
    while (!stream.closed.aborted && !live.changes.closed) {
      const version = live.changes.version();
      await look();
      await live.changes.wait(version, live.pollMilliseconds, stream.closed);
    }
  } catch (error) {
    const { status, body } = toHttpError(error);
    request.log.error({ err: error }, 'live stream failed');
    stream.send('error', { status, ...body });
  } finally {
    stream.end();
  }
}
