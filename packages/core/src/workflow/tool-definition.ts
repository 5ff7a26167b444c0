/** The tool contract: what a workspace declares about a tool, a call to it, and the executor that runs it. */
import type { ActionClaimKind } from './action-claim-kind.js';
import type { JsonSchema } from './json-schema.js';

/** How to reach a tool over HTTP. `url` is a template: `{order_id}` is replaced by the URL-encoded argument. */
export interface HttpBinding {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  /** Credentials come from environment variables named here, never from the YAML itself. */
  readonly auth?:
    | { readonly type: 'bearer'; readonly tokenEnv: string }
    | { readonly type: 'header'; readonly header: string; readonly valueEnv: string };
}

/** One tool as the workspace declares it (tools.yaml). */
export interface ToolDefinition {
  readonly name: string;
  readonly description: string;
  /** JSON Schema of the arguments object; checked before every call. */
  readonly arguments: JsonSchema;
  /** JSON Schema of the result; checked after every call. */
  readonly result: JsonSchema;
  /** True when the tool changes a record (needs confirmation, an idempotency key, and obeys the kill switch). */
  readonly writes: boolean;
  /** True when calling twice has the effect of calling once; only such tools are retried. */
  readonly idempotent: boolean;
  readonly timeoutMs: number;
  /** Extra attempts after a retryable failure (idempotent tools only). */
  readonly retries: number;
  /** True for the tool that hands the conversation to a human (allowed even when the kill switch is on). */
  readonly handoff?: boolean;
  /** The kinds of action this tool performs, which replies may then claim (see claim-verifier.ts). */
  readonly effects?: readonly ActionClaimKind[];
  /** Where the tool runs: an HTTP endpoint, or a named in-process server the app registers. */
  readonly http?: HttpBinding;
  readonly server?: string;
}

/** An action the agent (or a workflow) wants to take. */
export interface ToolCall {
  readonly tool: string;
  readonly arguments: Readonly<Record<string, unknown>>;
}

export interface ToolExecutionContext {
  /** Set on writes; the same key for the same action in the same conversation, so a retried write is applied once. */
  readonly idempotencyKey?: string;
  readonly signal: AbortSignal;
}

/**
 * Runs validated calls. In-process servers and HTTP endpoints both implement it, so both go through the same
 * validation and guards. Throw a SwitchboardError (`isRetryable` for timeouts and 5xx) when the call fails.
 */
export interface ToolExecutor {
  execute(definition: ToolDefinition, call: ToolCall, context: ToolExecutionContext): Promise<unknown>;
}
