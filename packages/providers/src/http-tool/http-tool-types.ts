/**
 * The part of core's tool contract (workflow/tool-definition.ts) that the HTTP executor reads, typed structurally so
 * providers depend on spec only: core's ToolDefinition, ToolCall and ToolExecutionContext satisfy these.
 */

/** How to reach a tool over HTTP. `url` is a template: `{order_id}` is replaced by the URL-encoded argument. */
export interface HttpToolBinding {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  /** Credentials come from environment variables named here, never from the YAML itself. */
  readonly auth?:
    | { readonly type: 'bearer'; readonly tokenEnv: string }
    | { readonly type: 'header'; readonly header: string; readonly valueEnv: string };
}

/** A declared tool, as far as calling it over HTTP goes. */
export interface HttpToolDefinition {
  readonly name: string;
  readonly http?: HttpToolBinding;
}

/** A validated call to a tool. */
export interface HttpToolCall {
  readonly tool: string;
  readonly arguments: Readonly<Record<string, unknown>>;
}

/** Set by the action gateway: the idempotency key of a write, and the call's cancellation. */
export interface HttpToolCallContext {
  readonly idempotencyKey?: string;
  readonly signal: AbortSignal;
}

/** Runs a call over HTTP and returns the parsed JSON response (null for an empty body). */
export interface HttpToolExecutor {
  execute(definition: HttpToolDefinition, call: HttpToolCall, context: HttpToolCallContext): Promise<unknown>;
}
