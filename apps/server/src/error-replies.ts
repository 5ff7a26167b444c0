/** Every error reply the server sends: `{error: {code, message}}`, counted in /metrics, 5xx logged with their cause. */
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SwitchboardError, type ErrorCode } from '@switchboard/spec';
import { toHttpError } from './http-errors.js';
import type { HttpMetrics } from './http-metrics.js';

export interface ErrorReplies {
  /** Sends an error thrown by a handler or a hook. */
  send(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply;
  /** Sends an error Fastify raises before routing (its `frameworkErrors` option): a bad %-encoding, a too-long id. */
  sendFrameworkError(error: Error, request: FastifyRequest, reply: FastifyReply): FastifyReply;
  /** Answers a connection that is not valid HTTP (Fastify's `clientErrorHandler`). */
  clientError(error: Error & { code?: string }, socket: Socket): void;
  /** Installs the error and not-found handlers: a known path with another method is 405 with `Allow`, else 404. */
  register(app: FastifyInstance): void;
  /** The code of the error sent for this request, if any (for the request log). */
  codeOf(request: FastifyRequest): ErrorCode | undefined;
}

// Not OPTIONS: the CORS preflight route (browser/cross-origin.ts) matches every path, so it says nothing of one.
const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * `recordResponse` counts and logs a finished request; the onResponse hook calls it for routed requests, and this
 * module for the framework's errors, which bypass every hook.
 */
export function createErrorReplies(
  metrics: HttpMetrics,
  recordResponse: (request: FastifyRequest, reply: FastifyReply) => void,
): ErrorReplies {
  const codes = new WeakMap<FastifyRequest, ErrorCode>();
  const send: ErrorReplies['send'] = (error, request, reply) => {
    const { status, body } = toHttpError(error);
    codes.set(request, body.error.code);
    metrics.errors.inc({ route: request.routeOptions?.url ?? 'unmatched', code: body.error.code });
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.header('x-request-id', request.id).status(status).send(body);
  };
  return {
    send,
    sendFrameworkError(error, request, reply) {
      reply.raw.once('finish', () => recordResponse(request, reply));
      return send(error, request, reply);
    },
    codeOf: (request) => codes.get(request),
    clientError(error, socket) {
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      metrics.errors.inc({ route: 'unmatched', code: 'VALIDATION_FAILED' });
      const body = JSON.stringify({ error: { code: 'VALIDATION_FAILED', message: 'the request is not valid HTTP' } });
      if (socket.writable)
        socket.write(
          `HTTP/1.1 400 Bad Request\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
        );
      socket.destroy(error);
    },
    register(app) {
      app.setErrorHandler((error, request, reply) => send(error, request, reply));
      app.setNotFoundHandler((request, reply) => {
        const path = request.url.split('?')[0] ?? '';
        const allowed = methods.filter((method) => method !== request.method && app.findRoute({ method, url: path }) !== null);
        const shown = path.length > 80 ? `${path.slice(0, 80)}…` : path;
        if (allowed.length === 0) return send(new SwitchboardError('NOT_FOUND', `no route ${request.method} ${shown}`), request, reply);
        reply.header('allow', allowed.join(', '));
        return send(
          new SwitchboardError('METHOD_NOT_ALLOWED', `${shown} does not take ${request.method}; it takes ${allowed.join(', ')}`),
          request,
          reply,
        );
      });
    },
  };
}
