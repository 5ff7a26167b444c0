/** Structured request logs (Fastify's pino): one line per request, a request id echoed as X-Request-Id, no bodies by default. */
import type { IncomingMessage } from 'node:http';
import { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { IdGenerator } from '@switchboard/spec';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface RequestLogOptions {
  /** Pino level; 'silent' (the default of buildApp, so tests stay quiet) logs nothing. */
  readonly level?: LogLevel;
  /** Also log request bodies, which hold customers' message text. Off by default. */
  readonly bodies?: boolean;
  /** Where the JSON lines go (standard output when absent); tests pass a stream to read them. */
  readonly stream?: { write(line: string): void };
}

/** A caller's X-Request-Id is kept when it looks like an id, so a proxy's id follows the request; otherwise a new one. */
const acceptedRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/** The Fastify options that turn on logging and request ids. */
export function requestLogOptions(options: RequestLogOptions, newId: IdGenerator) {
  return {
    logger: {
      level: options.level ?? 'silent',
      ...(options.stream ? { stream: options.stream } : {}),
      // Headers (Authorization, cookies) are never logged; redact them should a plugin log a request anyway.
      redact: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie'],
    },
    // Fastify's own two lines per request are replaced by the one line written in onResponse.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && acceptedRequestId.test(given) ? given : newId('req');
    },
  };
}

/** Adds X-Request-Id to every reply (the onRequest hook; error replies set it themselves). */
export function registerRequestIdHeader(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
}

/** Writes the one line of a finished request: method, route, status, milliseconds, error code or trace id (body if allowed). */
export function logRequest(
  request: FastifyRequest,
  reply: FastifyReply,
  options: RequestLogOptions,
  extra: { readonly errorCode?: string; readonly traceId?: string },
): void {
  const status = reply.statusCode;
  const line = {
    method: request.method,
    route: request.routeOptions?.url ?? 'unmatched',
    status,
    milliseconds: Math.round(reply.elapsedTime * 10) / 10,
    ...(extra.errorCode ? { errorCode: extra.errorCode } : {}),
    ...(extra.traceId ? { traceId: extra.traceId } : {}),
    ...(options.bodies && request.body !== undefined ? { body: request.body } : {}),
  };
  if (status >= 500) request.log.error(line, 'request');
  else request.log.info(line, 'request');
}
