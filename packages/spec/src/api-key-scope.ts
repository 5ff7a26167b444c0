/** The scopes an API key can carry: who may call which HTTP routes. */

/**
 * Every scope, in the order keys are listed. `admin` may call every route; `agent` the handoff queue, conversations
 * and traces; `widget` only the customer-facing routes (starting a conversation and posting to it).
 */
export const apiKeyScopes = ['admin', 'agent', 'widget'] as const;

/** One of {@link apiKeyScopes}. */
export type ApiKeyScope = (typeof apiKeyScopes)[number];
