/** The conversation-token half of a customer route's check: a token for the route's conversation lets the request in. */
import type { ConversationTokens } from './conversation-token.js';

/**
 * True when `bearer` is a conversation token for `conversationId`; throws FORBIDDEN when it is a valid token for
 * another conversation and UNAUTHENTICATED when it is a forged one. False when it is not a conversation token at all
 * (an API key, or none), so the caller goes on to check keys.
 */
export function acceptConversationToken(
  bearer: string | null,
  conversationId: string | undefined,
  tokens: Pick<ConversationTokens, 'check' | 'isConversationToken'>,
): boolean {
  if (bearer === null || conversationId === undefined || !tokens.isConversationToken(bearer)) return false;
  tokens.check(bearer, conversationId);
  return true;
}
