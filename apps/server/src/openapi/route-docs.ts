/** What /openapi.json says of each route: a summary, and the same zod schemas that validate its requests. */
import { z, type ZodType } from 'zod';
import { claimBody, listQuery, releaseBody, replyBody } from '../handoff-routes.js';
import { approvalListQuery, decisionBody } from '../approval-routes.js';
import { conversationEventsQuery } from '../live/conversation-events-route.js';
import { createConversationBody, feedbackBody, humanRequestBody, postMessageBody } from '../message-body.js';
import { conversationListQuery } from '../console-routes/conversation-list-routes.js';
import { documentListQuery, knowledgeSearchBody } from '../console-routes/knowledge-routes.js';
import { metricsSummaryQuery } from '../console-routes/metrics-summary-route.js';
import { evaluationRunListQuery } from '../console-routes/evaluation-routes.js';
import { outcomeBody } from '../outcome-route.js';
import { killSwitchBody } from '../kill-switch-routes.js';

export interface RouteDoc {
  readonly summary: string;
  readonly body?: ZodType;
  readonly query?: ZodType;
  /** The success status and what it returns. */
  readonly success: { readonly status: number; readonly description: string };
}

/** `METHOD /path` (Fastify's pattern) → its documentation; a test keeps it in step with the registered routes. */
export const routeDocs: Readonly<Record<string, RouteDoc>> = {
  'GET /healthz': { summary: 'Liveness and what the server holds', success: { status: 200, description: '{status: "ok", …}' } },
  'GET /metrics': { summary: 'Prometheus metrics', success: { status: 200, description: 'Prometheus text format' } },
  'GET /openapi.json': { summary: 'This document', success: { status: 200, description: 'OpenAPI 3.1' } },
  'POST /v1/conversations': {
    summary: 'Start a conversation (a widget key); an identityToken from your backend verifies the customer',
    body: createConversationBody,
    success: { status: 201, description: '{id, token}: the token posts to and reads this conversation only' },
  },
  'POST /v1/conversations/:id/messages': {
    summary: "A customer message; the bot's reply, or silence while a human owns the conversation",
    body: postMessageBody,
    success: {
      status: 200,
      description:
        '{messageId, text, plainText, citations, confidence, handoff, traceId, silent, release, arm}; with Accept: text/event-stream, ' +
        'server-sent events status, delta… and message (the same JSON), or error',
    },
  },
  'POST /v1/conversations/:id/handoff': {
    summary: 'The customer asks for a person ("Talk to a person")',
    body: humanRequestBody,
    success: { status: 201, description: '{handoff}; 200 with the handoff already open' },
  },
  'GET /v1/conversations/:id/events': {
    summary: 'The conversation live: server-sent message and handoff events (a human reply, who has the conversation)',
    query: conversationEventsQuery,
    success: { status: 200, description: 'text/event-stream' },
  },
  'GET /v1/handoffs/stream': {
    summary: 'The human queue live: server-sent handoffs events with the open and claimed handoffs',
    success: { status: 200, description: 'text/event-stream' },
  },
  'GET /widget.js': { summary: 'The chat widget bundle (one script tag)', success: { status: 200, description: 'JavaScript' } },
  'GET /console': { summary: 'The support console (redirects to /console/)', success: { status: 302, description: 'redirect' } },
  'GET /console/*': { summary: "The support console's files", success: { status: 200, description: 'HTML, JavaScript, CSS' } },
  'GET /demo': { summary: 'A sample company page with the widget (switchboard demo only)', success: { status: 200, description: 'HTML' } },
  'POST /v1/conversations/:id/feedback': {
    summary: 'Thumbs on a reply, a 1–5 rating, a comment',
    body: feedbackBody,
    success: { status: 201, description: '{id}' },
  },
  'POST /v1/conversations/:id/outcome': {
    summary: 'An agent states what became of the conversation (resolved_bot, resolved_human, abandoned, reopened)',
    body: outcomeBody,
    success: { status: 201, description: '{id}; recorded as an outcome.recorded event that the outcome metrics read' },
  },
  'GET /v1/killswitch': {
    summary: 'The kill switch: whether new messages go straight to the human queue, who turned it on, when and why',
    success: { status: 200, description: '{on, reason, by, at}; by, reason and at are null when it was never set' },
  },
  'POST /v1/killswitch': {
    summary: 'Turn the kill switch on (no pipeline, no tools: every new message is handed to a person) or off',
    body: killSwitchBody,
    success: { status: 200, description: "{on, reason, by, at}: by is the key's name; a killswitch.changed audit event is recorded" },
  },
  'GET /v1/shadow': {
    summary: 'The running (else the latest) shadow run and its comparison with production, as `switchboard shadow report --json`',
    success: {
      status: 200,
      description:
        '{run: {id, release, percent, salt, state, startedAt, stoppedAt, by, stoppedBy} | null, report: {release, percent, state, messages, errors, compared, intentDisagreement: {count, rate}, handoffDisagreement, answerOverlap, citationOverlap, groundingFailures: {production, shadow}, latency: {production: {p50, p95}, shadow: {p50, p95}}, cost: {production, shadow}, dryRunToolCalls, examples: [...]} | null}',
    },
  },
  'GET /v1/experiments': {
    summary: 'The A/B experiments, oldest first, and the one whose arms are served now (none while a staged rollout runs)',
    success: {
      status: 200,
      description:
        '{experiments: [{name, arms: [{name, release}], metric, mde, alpha, power, salt, holdoutPercent, aa, createdAt, state, stoppedAt?}], served}',
    },
  },
  'GET /v1/experiments/:name': {
    summary: 'One experiment analysed from the event log, as `switchboard experiment status NAME --json` (404 for an unknown name)',
    success: {
      status: 200,
      description:
        '{experiment, asOf, assignedBy: recorded|release, crossovers, arms: [{name, units, measured, mean, adjustedMean}], srm, ' +
        'unadjusted, adjusted: {difference, interval, relativeLift, alwaysValidPValue, alwaysValidInterval}, cuped, verdict, segments}',
    },
  },
  'GET /v1/rollout': {
    summary: 'The latest staged rollout, as `switchboard rollout status --json`',
    success: {
      status: 200,
      description:
        '{release, baseline, state: running|paused|rolled_back|completed, stage, arms: [{arm, release, percent, conversations}], ' +
        'guardrails: [{name, estimate, interval, threshold, decision, …}], decisions: [{at, action, reason, guardrail}]}; {rollout: null} when none was started',
    },
  },
  'GET /v1/conversations/:id': { summary: 'The conversation with its messages', success: { status: 200, description: 'the conversation' } },
  'GET /v1/traces/:id': { summary: 'The pipeline trace of one answer', success: { status: 200, description: 'the trace' } },
  'GET /v1/handoffs': { summary: 'The human queue', query: listQuery, success: { status: 200, description: '{handoffs}' } },
  'POST /v1/handoffs/:id/claim': {
    summary: 'Claim a handoff (or take it over)',
    body: claimBody,
    success: { status: 200, description: 'the handoff' },
  },
  'POST /v1/handoffs/:id/reply': {
    summary: "A human's reply to the customer",
    body: replyBody,
    success: { status: 201, description: 'the message' },
  },
  'POST /v1/handoffs/:id/release': {
    summary: 'Give the conversation back to the bot',
    body: releaseBody,
    success: { status: 200, description: 'the handoff' },
  },
  'GET /v1/me': {
    summary: 'The key the caller holds (the console signs in with it)',
    success: { status: 200, description: '{name, scope}' },
  },
  'GET /v1/conversations': {
    summary: 'Conversations newest first: search their messages, filter by status, handoff, intent, persona, outcome and date',
    query: conversationListQuery,
    success: {
      status: 200,
      description:
        '{conversations: [{id, createdAt, updatedAt, status, customer, messages, lastMessage: {role, text, at}|null, intent, ' +
        'persona, outcome, handoff: {id, reason, status, claimedBy}|null}], next}: pass next as before for the next page',
    },
  },
  'GET /v1/knowledge/sources': {
    summary: 'Knowledge sources with their last sync and counts',
    success: { status: 200, description: '{sources: [{name, type, lastSyncedAt, documents, chunks}]}' },
  },
  'GET /v1/knowledge/documents': {
    summary: 'Documents (of one source) with their chunk count and freshness',
    query: documentListQuery,
    success: {
      status: 200,
      description:
        '{staleAfterDays, documents: [{id, source, path, title, url, updatedAt, ingestedAt, docType, chunks, ' +
        'freshness: {ageDays, stale, basis}}]}',
    },
  },
  'GET /v1/knowledge/documents/:id/chunks': {
    summary: "A document's chunks in source order",
    success: { status: 200, description: '{document, chunks: [{id, documentId, text, breadcrumb, sectionPath, page, document}]}' },
  },
  'GET /v1/knowledge/chunks/:id': {
    summary: 'One chunk with its document (a citation opens it)',
    success: {
      status: 200,
      description: '{id, documentId, text, breadcrumb, sectionPath, page, document: {id, title, path, url, source}}',
    },
  },
  'POST /v1/knowledge/search': {
    summary: "Rank the knowledge for a query as the pipeline does, with each result's field and signal scores",
    body: knowledgeSearchBody,
    success: {
      status: 200,
      description: '{query, terms, results: [{rank, chunkId, title, breadcrumb, path, score, fieldScores, signals, text}]}',
    },
  },
  'GET /v1/metrics/summary': {
    summary: 'Outcome metrics of the conversations started in a window, per day, intent, persona or release',
    query: metricsSummaryQuery,
    success: {
      status: 200,
      description:
        '{from, to, by, asOf, rows: [{key, conversations, messages, answered, declined, refused, held, handoffs, automatedResolutionRate, ' +
        'escalationRate, thumbsUp, thumbsDown, csat, p50Ms, p95Ms, stageP95Ms, cost, byOutcome, reopenRate, deflectionRate, ' +
        'escalationReasons, rated, csatFiltered, costPerResolution, labelMean, labelConfidence}], intentMix: [{intent, count}]}',
    },
  },
  'GET /v1/evaluations/runs': {
    summary: 'Stored golden-suite runs (switchboard eval run), newest first',
    query: evaluationRunListQuery,
    success: {
      status: 200,
      description: '{runs: [{runId, startedAt, configHash, knowledgeVersion, gitCommit, casesTotal, casesPassed}]}',
    },
  },
  'GET /v1/evaluations/runs/:id': {
    summary: "One stored run, with the workspace's release.criteria checked against its aggregates",
    success: {
      status: 200,
      description:
        'the run as stored ({runId, startedAt, finishedAt, configHash, knowledgeVersion, gitCommit, suites, cases, aggregates, ' +
        'baseline?, judge?, …}) and criteria: [{name, operator, threshold, value, passed, reason}]',
    },
  },
  'GET /v1/approvals': {
    summary: "Workflow calls parked for a person's approval (a refund over the limit), oldest first",
    query: approvalListQuery,
    success: {
      status: 200,
      description:
        '{approvals: [{id, conversationId, status, workflow, tool, args, policy: {name?, reason}, customer, createdAt, decidedAt, decidedBy, note}]}',
    },
  },
  'POST /v1/approvals/:id/approve': {
    summary: 'Approve a parked call: the workflow resumes, the call runs and the customer is told (409 ALREADY_DECIDED)',
    body: decisionBody,
    success: { status: 200, description: 'the approval, approved' },
  },
  'POST /v1/approvals/:id/deny': {
    summary: 'Deny a parked call: nothing runs and the customer is told, with the note (409 ALREADY_DECIDED)',
    body: decisionBody,
    success: { status: 200, description: 'the approval, denied' },
  },
};

/** A zod schema as JSON Schema (draft 2020-12, which OpenAPI 3.1 uses), as the request must be written. */
export function jsonSchemaOf(schema: ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}
