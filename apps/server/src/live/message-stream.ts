/**
 * The streamed form of a reply (POST …/messages with `Accept: text/event-stream`). The stream opens once the message
 * is admitted (so an unknown conversation or a rate limit is still a plain 404 or 429), says `status` at once for the
 * typing indicator, and sends the answer's text in pieces only after the pipeline has finished with it: the guard and
 * the claim check run on the whole answer, and nothing unchecked reaches a customer (grounded or silent).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toHttpError } from '../http-errors.js';
import { openEventStream, type OpenEventStream } from './event-stream-reply.js';

/** Whether the client asked for the reply as a stream. */
export function wantsEventStream(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/event-stream');
}

/**
 * Splits Markdown into pieces that concatenate back to it: at line ends and after sentence ends, so a client shows
 * whole sentences and list items as they arrive and never half a `[n]` marker.
 */
export function answerPieces(text: string): string[] {
  return text.match(/[^\n]*?(?:[.!?](?:\s*\[\d+\])*\s+|\n+|$)/g)?.filter((piece) => piece.length > 0) ?? [];
}

export interface StreamedReply {
  /** Opens the stream and says the bot is working; call when the message is admitted. */
  open(): void;
  /** Sends the reply (pieces of its text, then the whole response) and ends, opening the stream if not yet open. */
  finish(response: { readonly text: string | null }): void;
  /** Ends with an `error` event when the stream is open; false when it is not (the caller replies as usual). */
  fail(error: unknown): boolean;
}

export function createStreamedReply(request: FastifyRequest, reply: FastifyReply): StreamedReply {
  let stream: OpenEventStream | null = null;
  const open = (): OpenEventStream => {
    stream ??= openEventStream(request, reply);
    return stream;
  };
  return {
    open() {
      open().send('status', { stage: 'thinking' });
    },
    finish(response) {
      const out = open();
      for (const text of answerPieces(response.text ?? '')) out.send('delta', { text });
      out.send('message', response);
      out.end();
    },
    fail(error) {
      if (!stream) return false;
      const { status, body } = toHttpError(error);
      if (status >= 500) request.log.error({ err: error }, 'streamed reply failed');
      stream.send('error', { status, ...body });
      stream.end();
      return true;
    },
  };
}
