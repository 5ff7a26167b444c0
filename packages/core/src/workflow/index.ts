/** Workflows: the engine, the action gateway and its policies, tools, claim checks and runbooks. */
export { checkJsonSchema, type JsonSchema, type JsonType, type SchemaIssue } from './json-schema.js';
export type { ToolDefinition, ToolCall, ToolExecutor, ToolExecutionContext, HttpBinding } from './tool-definition.js';
export { builtinTools } from './builtin-tools.js';
export { createBuiltinToolServer, type BuiltinToolServerOptions } from './builtin-tool-server.js';
export { createToolRegistry, type ToolRegistry } from './tool-registry.js';
export type {
  PolicyGuards,
  RecordSource,
  OwnershipRule,
  PreconditionRule,
  AllowedValuesRule,
  OncePerRecordRule,
  AuthorityLimit,
} from './policy.js';
export { createMemoryActionLog, type ActionLog, type ActionLogEntry, type ActionStatus } from './action-log.js';
export { callKey, idempotencyKey } from './call-key.js';
export {
  createActionGateway,
  type ActionGateway,
  type ActionGatewayOptions,
  type ActionOutcome,
  type StartTimer,
} from './action-gateway.js';
export { actionClaimKinds, type ActionClaimKind } from './action-claim-kind.js';
export { effectsOf } from './claim-kinds.js';
export { findActionClaims, verifyActionClaims, type ActionClaim, type ClaimVerdict } from './claim-verifier.js';
export { selectWorkflow, authorityLimitsOf, type WorkflowDefinition, type WorkflowStep, type Condition } from './workflow-definition.js';
export { evaluateCondition, renderTemplate, readPath, type RunContext } from './workflow-expressions.js';
export {
  createWorkflowRun,
  type WorkflowRun,
  type WorkflowRunOptions,
  type WorkflowEvent,
  type WorkflowTurn,
  type WaitingFor,
} from './workflow-run.js';
export {
  parseWorkflowWorkspace,
  type WorkflowWorkspace,
  type WorkflowFiles,
  type ParsedFile,
  type Contact,
  type NamedCondition,
} from './workflow-workspace.js';
export { runbookInstructions, type RunbookInstruction } from './runbook-instructions.js';
export { analyzeInstruction, type RunbookFinding, type RunbookFindingKind, type InstructionAnalysis } from './runbook-linter.js';
export { lintRunbook, analyzeRunbook } from './runbook-lint.js';
export { compileRunbook, type CompiledRunbook } from './runbook-compiler.js';
export type { Actor, ActInput, ActTurn, ResumeInput } from './actor.js';
export { createWorkflowActor, type WorkflowActorOptions } from './workflow-actor.js';
export { verifyReplyClaims, type ReplyClaimInput } from './verify-reply-claims.js';
export { extractSlot, readConfirmation } from './workflow-slots.js';
export { loadWorkflowHistory, workflowTurnEvents, type WorkflowState, type ConversationWorkflowHistory } from './workflow-state-events.js';
export type { PendingConsent } from './action-gateway.js';
export type { WorkflowRunSnapshot } from './workflow-run.js';
