/** Builds the HTTP API (no listening): conversations, messages, the handoff queue, health and metrics, each behind its declared access. */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import {
  type ApiKeyStore,
  type Clock,
  type ConversationStore,
  type EvalRunStore,
  type EventStore,
  type HandoffStore,
  type IdGenerator,
  type KnowledgeStore,
  type RuntimeSwitchStore,
  type ShadowStore,
} from '@switchboard/spec';
import { createConversationService, createKillSwitch } from '@switchboard/core/conversation';
import { createHandoffDesk } from '@switchboard/core/handoff';
import { type AnswerPipeline } from '@switchboard/core/pipeline';
import type { ReleaseAssignment } from '@switchboard/core/release';
import type { ShadowService } from '@switchboard/core/shadow';
import type { Actor } from '@switchboard/core/workflow';
import type { PartRetriever } from '@switchboard/core/retrieval';
import type { OutcomeSettings } from '@switchboard/core/outcomes';
import type { Criterion } from '@switchboard/core/evaluation';
import type { ExperimentControl } from '@switchboard/core/experiments';
import type { RolloutControl } from '@switchboard/core/rollout';
import { createApiKeyVerifier } from './auth/api-key-verifier.js';
import { createConversationTokens, type ConversationTokens } from './identity/conversation-token.js';
import { createCustomerConversationStarter } from './identity/start-customer-conversation.js';
import { createIdentityTokenVerifier, type IdentityTokenVerifier } from './identity/verify-identity-token.js';
import { declaredRoutes, registerRouteAuthorization } from './auth/route-authorization.js';
import { createErrorReplies } from './error-replies.js';
import { createHttpMetrics, type HttpMetrics } from './http-metrics.js';
import { registerHandoffRoutes } from './handoff-routes.js';
import { registerApprovalRoutes } from './approval-routes.js';
import { parseJsonBody } from './json-body-parser.js';
import { createConversationBody, feedbackBody, humanRequestBody, postMessageBody } from './message-body.js';
import { buildOpenApi } from './openapi/build-openapi.js';
import { createRequestLimits, type RateLimits } from './request-limits.js';
import { logRequest, registerRequestIdHeader, requestLogOptions, type RequestLogOptions } from './request-logging.js';
import { validate } from './request-validation.js';
import { toMessageResponse } from './message-response.js';
import { registerBrowserAssets, type BrowserAssets } from './browser/browser-assets.js';
import { registerCrossOrigin } from './browser/cross-origin.js';
import { createChangeSignal } from './live/change-signal.js';
import { registerConversationEventsRoute } from './live/conversation-events-route.js';
import { registerHandoffStreamRoute } from './live/handoff-stream-route.js';
import { createStreamedReply, wantsEventStream } from './live/message-stream.js';
import { registerMeRoute } from './console-routes/me-route.js';
import { registerConversationListRoutes } from './console-routes/conversation-list-routes.js';
import { registerKnowledgeRoutes } from './console-routes/knowledge-routes.js';
import { registerMetricsSummaryRoute } from './console-routes/metrics-summary-route.js';
import { registerEvaluationRoutes } from './console-routes/evaluation-routes.js';
import { recentOutcomeCounts } from './recent-outcome-counts.js';
import { registerOutcomeRoute } from './outcome-route.js';
import { registerKillSwitchRoutes } from './kill-switch-routes.js';
import { registerShadowRoutes } from './shadow-routes.js';
import { registerExperimentRoutes } from './experiment-routes.js';

export interface AppDependencies {
  readonly pipeline: AnswerPipeline;
  /** The workflow actor inside `pipeline`, so an agent's approval resumes its parked call (without it, deciding is CONFIG_INVALID). */
  readonly act?: Actor | null;
  readonly conversations: ConversationStore;
  readonly events: EventStore;
  readonly handoffs: HandoffStore;
  /** API keys; every route but /healthz (and those `publicRoutes` opens) needs one (apps/server/src/auth/route-access.ts). */
  readonly apiKeys: ApiKeyStore;
  /** `metrics.public` and `widget.public` in config: /metrics, and starting a conversation, without a key. */
  readonly publicRoutes?: { readonly metrics?: boolean; readonly widget?: boolean };
  /** Verifies `identityToken` on POST /v1/conversations (docs/security.md); without it every identity token is refused. */
  readonly identity?: IdentityTokenVerifier;
  /** Signs and checks conversation tokens (SWITCHBOARD_TOKEN_SECRET); a random per-process secret, with a warning, when absent. */
  readonly conversationTokens?: ConversationTokens;
  /** Per-customer and per-IP limits on posting messages, per-IP on new conversations; none when absent. */
  readonly rateLimits?: RateLimits;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  readonly bodyLimitBytes: number;
  /**
   * Whether X-Forwarded-For names the client (Fastify's `trustProxy`): true trusts every hop, a list trusts those
   * addresses or CIDR ranges. Off by default, since a client talking to the server directly could set the header itself.
   */
  readonly trustProxy?: boolean | readonly string[];
  /** Request logs; silent when absent. */
  readonly log?: RequestLogOptions;
  /** Facts shown by /healthz. */
  readonly health?: () => Record<string, unknown>;
  readonly metrics?: HttpMetrics;
  /** The human queue a customer's "Talk to a person" goes to (config `handoff`). */
  readonly humanQueue?: { readonly queue: string; readonly hours: string };
  /** The widget, the console and the demo page, each from its built folder; each answers 404 when absent. */
  readonly browserAssets?: BrowserAssets;
  /** `widget.allowedOrigins`: the sites whose pages may call the customer routes and frame the widget. */
  readonly allowedOrigins?: readonly string[];
  /** How often live streams read the store for other replicas' writes; 1000 ms when absent. */
  readonly livePollMilliseconds?: number;
  /** The workspace's knowledge, for the console's knowledge pages; those routes answer 404 saying so when absent. */
  readonly knowledge?: KnowledgeStore;
  /** The index the pipeline answers from now (a refreshing pipeline's `retriever`), for the search playground. */
  readonly retriever?: () => PartRetriever;
  /** The windows that derive a conversation's outcome (config `outcomes`); 30 minutes and 72 hours when absent. */
  readonly outcomes?: OutcomeSettings;
  /** Runtime switches shared by the replicas (the kill switch, docs/rollout.md); without it there is no kill switch. */
  readonly switches?: RuntimeSwitchStore;
  /** Config `killSwitch.message`: what a customer is told while the kill switch is on; the built-in message when absent. */
  readonly killSwitchMessage?: string | null;
  /** The stored golden-suite runs, for the console's Evaluations pages; those routes answer 404 saying so when absent. */
  readonly evalRuns?: EvalRunStore;
  /** The workspace's acceptance criteria (config `release.criteria`, parsed), checked against a run the console shows. */
  readonly releaseCriteria?: readonly Criterion[];
  /** The release and arm each customer is answered by (issue 20), recorded on every reply; `unreleased` when absent. */
  readonly release?: ReleaseAssignment;
  /** The pipeline of each release in play during a staged rollout, chosen by the release `release` assigns; `pipeline` when absent. */
  readonly pipelineFor?: (release: string) => Promise<AnswerPipeline>;
  /** Shadow mode (issue 20 item 6): the running run and the candidate's pipeline; no message is shadowed when absent. */
  readonly shadow?: ShadowService;
  /** The shadow runs, for GET /v1/shadow; it answers `{run: null, report: null}` when absent. */
  readonly shadows?: ShadowStore;
  /** A/B experiments (core's experiment control), for GET /v1/experiments[/:name]; those routes answer 404 saying so when absent. */
  readonly experiments?: Pick<ExperimentControl, 'list' | 'status'>;
  /** The staged rollout (core's rollout control), for GET /v1/rollout; it answers 404 saying so when absent. */
  readonly rollout?: Pick<RolloutControl, 'status'>;
}

/** Longest path parameter (an id) accepted; a longer one is 414 URI_TOO_LONG. Generated ids are under 40 characters. */
const maxParamLength = 128;

export function buildApp(deps: AppDependencies): FastifyInstance {
  const metrics = deps.metrics ?? createHttpMetrics();
  const log = deps.log ?? {};
  // The request log line names the trace of an answered message, so a request id leads to its trace.
  const traceIds = new WeakMap<FastifyRequest, string>();
  const recordResponse = (request: FastifyRequest, reply: FastifyReply): void => {
    const route = request.routeOptions?.url ?? 'unmatched';
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.requestSeconds.observe({ route }, reply.elapsedTime / 1000);
    logRequest(request, reply, log, { errorCode: errors.codeOf(request), traceId: traceIds.get(request) });
  };
  const errors = createErrorReplies(metrics, recordResponse);
  const app = Fastify({
    bodyLimit: deps.bodyLimitBytes,
    routerOptions: { maxParamLength },
    return503OnClosing: true,
    trustProxy: typeof deps.trustProxy === 'object' ? [...deps.trustProxy] : (deps.trustProxy ?? false),
    // Errors Fastify raises before routing (bad %-encoding, a too-long id) get our shape too.
    frameworkErrors: errors.sendFrameworkError,
    clientErrorHandler: errors.clientError,
    ...requestLogOptions(log, deps.newId),
  });
  const desk = createHandoffDesk({
    handoffs: deps.handoffs,
    conversations: deps.conversations,
    events: deps.events,
    clock: deps.clock,
    newId: deps.newId,
  });
  const killSwitch = deps.switches
    ? createKillSwitch({ switches: deps.switches, events: deps.events, clock: deps.clock, newId: deps.newId })
    : null;
  const service = createConversationService({
    pipeline: deps.pipeline,
    conversations: deps.conversations,
    events: deps.events,
    handoffs: deps.handoffs,
    clock: deps.clock,
    newId: deps.newId,
    ...(deps.humanQueue ? { humanQueue: deps.humanQueue } : {}),
    act: deps.act ?? null,
    ...(killSwitch ? { killSwitch } : {}),
    ...(deps.killSwitchMessage ? { killSwitchMessage: deps.killSwitchMessage } : {}),
    ...(deps.release ? { release: deps.release } : {}),
    ...(deps.pipelineFor ? { pipelineFor: deps.pipelineFor } : {}),
    ...(deps.shadow ? { shadow: deps.shadow } : {}),
  });
  // A shadow turn still running is recorded before the server (and the store under it) closes.
  app.addHook('onClose', async () => service.settle());
  const changes = createChangeSignal();
  // Open streams end when the server closes; otherwise closing would wait for every widget to hang up.
  app.addHook('preClose', async () => changes.close());
  const livePollMilliseconds = deps.livePollMilliseconds ?? 1000;
  const limits = deps.rateLimits ? createRequestLimits(deps.rateLimits, deps.clock) : null;
  const conversationTokens = deps.conversationTokens ?? createConversationTokens({ warn: (message) => app.log.warn(message) });
  const startConversation = createCustomerConversationStarter({
    service,
    verifyIdentity: deps.identity ?? createIdentityTokenVerifier({}),
    tokens: conversationTokens,
  });

  // Only JSON bodies; text/plain (which Fastify parses by default) is 415 like any other type.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  registerRequestIdHeader(app);
  registerRouteAuthorization(app, {
    verifyKey: createApiKeyVerifier({ store: deps.apiKeys, clock: deps.clock }),
    metricsPublic: deps.publicRoutes?.metrics ?? false,
    widgetPublic: deps.publicRoutes?.widget ?? false,
    conversationTokens,
  });
  app.addHook('onResponse', async (request, reply) => {
    // A write that succeeded may be what an open stream (the widget, the inbox) is waiting for.
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) changes.notify();
    recordResponse(request, reply);
  });
  registerCrossOrigin(app, { allowedOrigins: deps.allowedOrigins ?? [] });
  errors.register(app);

  app.get('/healthz', async () => ({ status: 'ok', ...(deps.health?.() ?? {}) }));
  let openApi: Record<string, unknown> | null = null;
  // Built on first request, once every route is registered, from the same zod schemas that validate requests.
  app.get('/openapi.json', async () => (openApi ??= buildOpenApi(declaredRoutes(app), 'v1')));
  app.get('/metrics', async (_request, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()));

  app.post('/v1/conversations', async (request, reply) => {
    const body = validate(createConversationBody, request.body ?? undefined);
    limits?.checkConversation(reply, request.ip);
    return reply.status(201).send(await startConversation(body ?? {}));
  });

  app.get<{ Params: { id: string } }>('/v1/conversations/:id', async (request) => service.read(request.params.id));

  app.get<{ Params: { id: string } }>('/v1/traces/:id', async (request) => service.trace(request.params.id));

  app.post<{ Params: { id: string } }>('/v1/conversations/:id/messages', async (request, reply) => {
    const body = validate(postMessageBody, request.body);
    const streamed = wantsEventStream(request) ? createStreamedReply(request, reply) : null;
    try {
      const result = await service.receive(request.params.id, {
        text: body.text,
        customer: body.customer,
        requestId: request.id,
        admit: (conversation) => {
          // The verified customer, never the body's claimed id: a forged id must not spend someone else's limit.
          limits?.check(reply, { ip: request.ip, customer: conversation.identity?.customerId ?? conversation.id });
          streamed?.open();
        },
      });
      if (result.trace) traceIds.set(request, result.trace.id);
      if (result.trace)
        for (const stage of result.trace.stages) metrics.stageSeconds.observe({ stage: stage.name }, stage.milliseconds / 1000);
      metrics.answers.inc({ outcome: result.outcome });
      const response = toMessageResponse(result);
      if (!streamed) return response;
      changes.notify();
      streamed.finish(response);
      return reply;
    } catch (error) {
      if (streamed?.fail(error)) return reply;
      throw error;
    }
  });

  app.post<{ Params: { id: string } }>('/v1/conversations/:id/handoff', async (request, reply) => {
    validate(humanRequestBody, request.body ?? undefined);
    const { handoff, opened } = await service.requestHuman(request.params.id);
    return reply.status(opened ? 201 : 200).send({ handoff });
  });

  registerConversationEventsRoute(app, {
    conversations: deps.conversations,
    handoffs: deps.handoffs,
    changes,
    pollMilliseconds: livePollMilliseconds,
    validate,
  });
  registerHandoffStreamRoute(app, { desk, changes, pollMilliseconds: livePollMilliseconds });
  registerBrowserAssets(app, deps.browserAssets ?? {}, { allowedOrigins: deps.allowedOrigins ?? [] });

  app.post<{ Params: { id: string } }>('/v1/conversations/:id/feedback', async (request, reply) => {
    const body = validate(feedbackBody, request.body);
    const recorded = await service.recordFeedback(request.params.id, body);
    if (body.csat !== undefined) metrics.csatRatings.observe(body.csat);
    if (body.thumbs !== undefined) metrics.feedbackThumbs.inc({ thumbs: body.thumbs });
    return reply.status(201).send(recorded);
  });

  registerHandoffRoutes(app, desk, validate);
  registerApprovalRoutes(app, service, validate);
  registerMeRoute(app);
  registerConversationListRoutes(app, { conversations: deps.conversations, handoffs: deps.handoffs, validate });
  registerKnowledgeRoutes(app, { knowledge: deps.knowledge, retriever: deps.retriever, clock: deps.clock, validate });
  registerMetricsSummaryRoute(app, {
    events: deps.events,
    conversations: deps.conversations,
    clock: deps.clock,
    validate,
    ...(deps.outcomes ? { outcomes: deps.outcomes } : {}),
  });
  registerEvaluationRoutes(app, {
    validate,
    ...(deps.evalRuns ? { evalRuns: deps.evalRuns } : {}),
    ...(deps.releaseCriteria ? { releaseCriteria: deps.releaseCriteria } : {}),
  });
  registerOutcomeRoute(app, { service, clock: deps.clock, metrics, validate });
  registerKillSwitchRoutes(app, killSwitch, validate);
  registerShadowRoutes(app, { events: deps.events, ...(deps.shadows ? { shadows: deps.shadows } : {}) });
  registerExperimentRoutes(app, {
    ...(deps.experiments ? { experiments: deps.experiments } : {}),
    ...(deps.rollout ? { rollout: deps.rollout } : {}),
  });
  metrics.observeOutcomes(
    recentOutcomeCounts({ events: deps.events, clock: deps.clock, ...(deps.outcomes ? { settings: deps.outcomes } : {}) }),
  );

  return app;
}
