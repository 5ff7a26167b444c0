/** Grounded generation: the LLM answerer, its prompt, grounding checks, routing, retries, cost and the answer cache. */
export { buildGroundedPrompt, chunkLabel, type GroundingChunk, type GroundedPromptInput } from './grounded-prompt.js';
export { splitClaims, citedLabels, type Claim } from './split-claims.js';
export { checkFiguresAndNames, namedEntities } from './figures-and-names.js';
export { lexicalSupport, negationDiffers } from './lexical-support.js';
export {
  checkGrounding,
  type GroundingOptions,
  type GroundingVerdict,
  type FailedClaim,
  type ClaimJudge,
  type SimilarityFunction,
} from './grounding-check.js';
export { mapCitations, type MappedAnswer } from './map-citations.js';
export { createLlmJudge } from './llm-judge.js';
export { estimateDifficulty, type Difficulty, type DifficultyInput } from './estimate-difficulty.js';
export { chooseModel, type ModelChoice, type RoutingOptions } from './choose-model.js';
export { requestCost, type ModelPrice, type PriceTable } from './request-cost.js';
export { answerCacheKey, answerCacheKeyDigest, createAnswerCache, type AnswerCache, type AnswerCacheKeyInput } from './answer-cache.js';
export { createCircuitBreaker, type CircuitBreaker, type CircuitBreakerOptions, type CircuitState } from './circuit-breaker.js';
export { callWithRetries, type RetryOptions, type Sleep } from './call-with-retries.js';
export { adapterLabel, matchAdapter, type AdapterMatch, type AdapterRoute } from './adapter-route.js';
export { compareSemver } from './compare-semver.js';
export { adapterExpiry, adapterExpiryNoticeDays, adapterExpiryWarning, type AdapterExpiry } from './adapter-expiry.js';
export { createGenerativeAnswerer, type GenerativeAnswerer, type GenerativeAnswererOptions } from './generative-answerer.js';
export type {
  GenerativeAnswer,
  GenerativeAnswerEvent,
  GenerativeAnswerRequest,
  AdapterChoice,
  AnswerRoute,
  AnswerVerdict,
  AttemptRecord,
  FallbackReason,
} from './answer-types.js';
