/** The HTTP API: build-app.ts builds it without listening, main.ts listens. */
export { buildApp, type AppDependencies } from './build-app.js';
export { closeOnSignal, listen, type RunningServer } from './main.js';
export { createHttpMetrics, type HttpMetrics } from './http-metrics.js';
export { toHttpError } from './http-errors.js';
export { type LogLevel, type RequestLogOptions } from './request-logging.js';
export { type RateLimits } from './request-limits.js';
export { createApiKey, type NewApiKey } from './auth/create-api-key.js';
export { createApiKeyVerifier, type VerifiedApiKey, type VerifyApiKey } from './auth/api-key-verifier.js';
export { createIdentityTokenVerifier, type IdentityTokenSettings, type IdentityTokenVerifier } from './identity/verify-identity-token.js';
export { createConversationTokens, type ConversationTokens } from './identity/conversation-token.js';
export {
  createCustomerConversationStarter,
  type StartConversationRequest,
  type StartedConversation,
} from './identity/start-customer-conversation.js';
