/** Turns a Fastify reply into a server-sent event stream: headers already set on the reply (CORS) are kept. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formatEvent, keepAliveComment } from '@switchboard/event-stream';

export interface OpenEventStream {
  send(name: string, data: unknown): void;
  /** Aborts when the client goes away or the stream is ended. */
  readonly closed: AbortSignal;
  end(): void;
}

/** A comment this often keeps proxies and load balancers from closing a quiet stream. */
const keepAliveMilliseconds = 15_000;

export function openEventStream(request: FastifyRequest, reply: FastifyReply): OpenEventStream {
  const closing = new AbortController();
  reply.hijack();
  const raw = reply.raw;
  for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) raw.setHeader(name, value);
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    // nginx buffers responses unless told not to; a buffered stream would arrive all at once.
    'x-accel-buffering': 'no',
    'x-request-id': request.id,
  });
  // Node holds the headers until the first body byte; a stream with nothing to say yet must still answer at once.
  raw.write(keepAliveComment);
  const keepAlive = setInterval(() => raw.write(keepAliveComment), keepAliveMilliseconds);
  const finish = (): void => {
    clearInterval(keepAlive);
    closing.abort();
  };
  request.raw.on('close', finish);
  raw.on('close', finish);
  return {
    send(name, data) {
      if (!closing.signal.aborted) raw.write(formatEvent(name, data));
    },
    closed: closing.signal,
    end() {
      finish();
      raw.end();
    },
  };
}
