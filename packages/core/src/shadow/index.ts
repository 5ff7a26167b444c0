/**
 * Shadow mode (issue 20 item 6): a candidate release answers a sample of live messages beside production, seen by no
 * customer and writing nothing but one `shadow.reply` event per message; the report compares it with production.
 */
export { inShadow } from './shadow-sampling.js';
export { shadowSide, shadowToolCalls, type ShadowSide, type ShadowToolCall } from './shadow-side.js';
export { compareShadow, jaccard, type ShadowComparison } from './compare-shadow.js';
export { shadowReplyEvent, shadowTurn, type ShadowTurnInput } from './shadow-reply.js';
export {
  shadowReport,
  type ShadowExample,
  type ShadowExampleKind,
  type ShadowLatency,
  type ShadowRate,
  type ShadowReport,
} from './shadow-report.js';
export {
  createShadowControl,
  defaultShadowCacheMilliseconds,
  defaultShadowPercent,
  type ShadowControl,
  type ShadowControlDependencies,
  type ShadowStart,
} from './shadow-control.js';
export { type ShadowService } from './shadow-service.js';
export { dryRunExecutor, schemaStub } from './dry-run-executor.js';
export { shadowEventView } from './shadow-event-view.js';
