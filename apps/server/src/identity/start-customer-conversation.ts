/** POST /v1/conversations without HTTP: verifies the identity token, starts the conversation, issues its token. */
import type { ConversationService } from '@switchboard/core/conversation';
import type { CustomerInfo } from '@switchboard/spec';
import type { ConversationTokens } from './conversation-token.js';
import type { IdentityTokenVerifier } from './verify-identity-token.js';

export interface StartConversationRequest {
  /** Display data for agents; decides nothing. */
  readonly customer?: CustomerInfo | undefined;
  readonly deviceId?: string | undefined;
  /** A JWT from the company's backend; its verified claims decide personas, language and workflow ownership. */
  readonly identityToken?: string | undefined;
}

export interface StartedConversation {
  readonly id: string;
  /** The bearer token for this conversation's customer routes, and no other conversation's. */
  readonly token: string;
}

export interface CustomerConversationDependencies {
  readonly service: Pick<ConversationService, 'start'>;
  readonly verifyIdentity: IdentityTokenVerifier;
  readonly tokens: Pick<ConversationTokens, 'issue'>;
}

/** Throws UNAUTHENTICATED for an invalid identity token, before anything is stored. */
export function createCustomerConversationStarter(deps: CustomerConversationDependencies) {
  return async (request: StartConversationRequest = {}): Promise<StartedConversation> => {
    const identity = request.identityToken === undefined ? null : await deps.verifyIdentity(request.identityToken);
    const conversation = await deps.service.start({
      customer: request.customer ?? null,
      identity,
      deviceId: request.deviceId ?? null,
    });
    return { id: conversation.id, token: deps.tokens.issue(conversation.id) };
  };
}
