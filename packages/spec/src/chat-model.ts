/** The chat-model contract: core's generative answerer drives it, adapters in packages/providers implement it. */

/** One turn of a conversation handed to the model. */
export interface ChatMessage {
  /** Who speaks: the instructions, the customer's side, or an earlier model reply. */
  readonly role: 'system' | 'user' | 'assistant';
  /** Plain text of the turn. */
  readonly content: string;
}

/** One call to a chat model. */
export interface ChatRequest {
  /** The conversation, system message first. */
  readonly messages: readonly ChatMessage[];
  /** Upper bound on generated tokens; the adapter's default when absent. */
  readonly maxOutputTokens?: number;
  /** Sampling temperature; the grounded answerer asks for 0. */
  readonly temperature?: number;
  /** Cancels the request; adapters abort the HTTP call and reject. */
  readonly signal?: AbortSignal;
}

/** Tokens one call consumed, as the vendor reports them (estimated when it reports none). */
export interface TokenUsage {
  /** Prompt tokens. */
  readonly inputTokens: number;
  /** Generated tokens. */
  readonly outputTokens: number;
}

/** A whole reply. */
export interface ChatResult {
  /** The generated text. */
  readonly text: string;
  /** What the call cost in tokens. */
  readonly usage: TokenUsage;
  /** 'stop', 'length', … as the vendor reports it. */
  readonly finishReason: string;
}

/** One piece of a streamed reply: text deltas, then exactly one finish part. */
export type ChatStreamPart =
  { readonly type: 'text'; readonly text: string } | { readonly type: 'finish'; readonly usage: TokenUsage; readonly finishReason: string };

/** A chat model. Failures are SwitchboardError('PROVIDER_FAILURE') with `isRetryable` set at the edge. */
export interface ChatModel {
  /** 'provider:model', e.g. 'openai-compatible:llama3.1'; keys the price table and the circuit breakers. */
  readonly id: string;
  /** Sends the request and resolves with the whole reply. */
  generate(request: ChatRequest): Promise<ChatResult>;
  /** Streams a reply; a stream that ends without its finish part rejects with a retryable error. */
  stream(request: ChatRequest): AsyncIterable<ChatStreamPart>;
}
