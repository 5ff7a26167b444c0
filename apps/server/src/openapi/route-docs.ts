/** What /openapi.json says of each route: a summary, and the same zod schemas that validate its requests. */
import { z, type ZodType } from 'zod';
import { claimBody, listQuery, releaseBody, replyBody } from '../handoff-routes.js';
import { createConversationBody, feedbackBody, postMessageBody } from '../message-body.js';

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
    success: { status: 200, description: '{text, plainText, citations, confidence, handoff, traceId, silent}' },
  },
  'POST /v1/conversations/:id/feedback': {
    summary: 'Thumbs on a reply, a 1–5 rating, a comment',
    body: feedbackBody,
    success: { status: 201, description: '{id}' },
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
};

/** A zod schema as JSON Schema (draft 2020-12, which OpenAPI 3.1 uses), as the request must be written. */
export function jsonSchemaOf(schema: ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}
