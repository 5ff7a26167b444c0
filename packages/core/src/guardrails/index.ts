/** Guardrails: the output guard, human-request detection, repeated-failure counting and the rate limiter. */
export { detectHumanRequest } from './human-request.js';
export { isNotHelpfulFeedback, countNotHelpful } from './repeated-failure.js';
export { createRateLimiter, type RateLimiter, type RateLimit, type RateDecision } from './rate-limiter.js';
export {
  createOutputGuard,
  defaultProhibitedPhrases,
  type OutputGuard,
  type OutputGuardInput,
  type OutputGuardVerdict,
  type GuardViolation,
  type GuardViolationKind,
} from './output-guard.js';
