/** Who may post in a conversation (the customer routes): the conversation's own token, or an agent or admin key (a widget key is public in the page, so it never reaches a conversation). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requireScope } from './request-credentials.js';
import type { ApiKeyScope } from '@switchboard/spec';
import type { VerifyApiKey } from './api-key-verifier.js';
import { acceptConversationToken } from '../identity/conversation-credential.js';
import type { ConversationTokens } from '../identity/conversation-token.js';
import { bearerToken } from './request-credentials.js';

/** What the customer-route check may use. Extend it (a conversation-token verifier) rather than adding a second check elsewhere. */
export interface CustomerRouteContext {
  readonly verifyKey: VerifyApiKey;
  /** Conversation tokens: the token of the route's conversation lets the request in, another conversation's is 403. */
  readonly conversationTokens?: Pick<ConversationTokens, 'check' | 'isConversationToken'>;
  /** The key scopes that may call the route instead; agent or admin when absent. */
  readonly keyScopes?: readonly ApiKeyScope[];
}

/**
 * Lets the request through or throws 401 UNAUTHENTICATED / 403 FORBIDDEN. Issue 18 item 2 extends this: a
 * conversation token (`Authorization: Bearer <token>`) that names `request.params.id` is accepted too.
 */
export async function customerRouteAuth(request: FastifyRequest, reply: FastifyReply, context: CustomerRouteContext): Promise<void> {
  const conversationId = (request.params as { id?: string } | undefined)?.id;
  if (context.conversationTokens && acceptConversationToken(bearerToken(request), conversationId, context.conversationTokens)) return;
  await requireScope(request, reply, context.verifyKey, context.keyScopes ?? ['agent', 'admin']);
}
