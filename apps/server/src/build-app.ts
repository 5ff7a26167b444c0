/** Builds the HTTP API (no listening): conversations, messages, the handoff queue, health and metrics. */
import Fastify, { type FastifyInstance } from 'fastify';
import {
  SwitchboardError,
  type Clock,
  type ConversationStore,
  type EventStore,
  type HandoffStore,
  type IdGenerator,
} from '@switchboard/spec';
import { createHandoffDesk, createMessageHandler, type AnswerPipeline, type RateLimit } from '@switchboard/core';
import type { ZodType } from 'zod';
import { toHttpError } from './http-errors.js';
import { createHttpMetrics, type HttpMetrics } from './http-metrics.js';
import { registerHandoffRoutes } from './handoff-routes.js';
import { createConversationBody, postMessageBody } from './message-body.js';
import { createRequestLimits } from './request-limits.js';
import { toMessageResponse } from './message-response.js';

export interface AppDependencies {
  readonly pipeline: AnswerPipeline;
  readonly conversations: ConversationStore;
  readonly events: EventStore;
  readonly handoffs: HandoffStore;
  /** Per-customer and per-IP limits on posting messages; none when absent. */
  readonly rateLimits?: { readonly perCustomer: RateLimit; readonly perIp: RateLimit };
  readonly clock: Clock;
  readonly newId: IdGenerator;
  readonly bodyLimitBytes: number;
  /** Facts shown by /healthz. */
  readonly health?: () => Record<string, unknown>;
  readonly metrics?: HttpMetrics;
}

export function buildApp(deps: AppDependencies): FastifyInstance {
  const app = Fastify({ bodyLimit: deps.bodyLimitBytes, logger: false, return503OnClosing: true });
  const metrics = deps.metrics ?? createHttpMetrics();
  const nowIso = (): string => new Date(deps.clock()).toISOString();
  const started = new WeakMap<object, number>();
  const desk = createHandoffDesk({
    handoffs: deps.handoffs,
    conversations: deps.conversations,
    events: deps.events,
    clock: deps.clock,
    newId: deps.newId,
  });
  const handler = createMessageHandler({
    pipeline: deps.pipeline,
    conversations: deps.conversations,
    events: deps.events,
    desk,
    clock: deps.clock,
    newId: deps.newId,
  });
  const limits = deps.rateLimits ? createRequestLimits(deps.rateLimits, deps.clock) : null;

  app.addHook('onRequest', async (request) => {
    started.set(request, performance.now());
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.requestSeconds.observe({ route }, (performance.now() - (started.get(request) ?? performance.now())) / 1000);
  });
  app.setErrorHandler(async (error, request, reply) => {
    const { status, body } = toHttpError(error);
    metrics.errors.inc({ route: request.routeOptions.url ?? 'unmatched', code: body.error.code });
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler(async (request, reply) =>
    reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no route ${request.method} ${request.url}` } }),
  );

  app.get('/healthz', async () => ({ status: 'ok', ...(deps.health?.() ?? {}) }));
  app.get('/metrics', async (_request, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()));

  app.post('/v1/conversations', async (request, reply) => {
    const body = validate(createConversationBody, request.body ?? undefined);
    const id = deps.newId('conv');
    await deps.conversations.createConversation({ id, createdAt: nowIso(), customer: body?.customer ?? null, status: 'bot' });
    await deps.events.append({
      id: deps.newId('evt'),
      type: 'conversation.created',
      at: nowIso(),
      conversationId: id,
      data: { customer: body?.customer ?? null },
    });
    return reply.status(201).send({ id });
  });

  app.get<{ Params: { id: string } }>('/v1/conversations/:id', async (request) => {
    const conversation = await requireConversation(deps.conversations, request.params.id);
    return { ...conversation, messages: await deps.conversations.listMessages(conversation.id) };
  });

  app.get<{ Params: { id: string } }>('/v1/traces/:id', async (request) => {
    const trace = await deps.conversations.getTrace(request.params.id);
    if (!trace) throw new SwitchboardError('NOT_FOUND', `trace ${request.params.id} does not exist`);
    return trace;
  });

  app.post<{ Params: { id: string } }>('/v1/conversations/:id/messages', async (request, reply) => {
    const body = validate(postMessageBody, request.body);
    const conversation = await requireConversation(deps.conversations, request.params.id);
    const customerId = body.customer?.['id'] ?? conversation.customer?.['id'] ?? conversation.id;
    limits?.check(reply, { ip: request.ip, customer: String(customerId) });
    const result = await handler.handle(conversation.id, body.text, body.customer);
    if (result.trace)
      for (const stage of result.trace.stages) metrics.stageSeconds.observe({ stage: stage.name }, stage.milliseconds / 1000);
    metrics.answers.inc({ outcome: result.outcome });
    return toMessageResponse(result);
  });

  registerHandoffRoutes(app, desk, validate);

  return app;
}

async function requireConversation(store: ConversationStore, id: string) {
  const conversation = await store.getConversation(id);
  if (!conversation) throw new SwitchboardError('NOT_FOUND', `conversation ${id} does not exist; create one with POST /v1/conversations`);
  return conversation;
}

export function validate<T>(schema: ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
  throw new SwitchboardError('VALIDATION_FAILED', `invalid request body: ${problems.join('; ')}`, { details: { problems } });
}
