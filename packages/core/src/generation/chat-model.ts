/** The chat-model contract the generative answerer drives; adapters in packages/providers implement it structurally. */

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export interface ChatRequest {
  readonly messages: readonly ChatMessage[];
  readonly maxOutputTokens?: number;
  readonly temperature?: number;
  /** Cancels the request; adapters abort the HTTP call and reject. */
  readonly signal?: AbortSignal;
}

export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
}

export interface ChatResult {
  readonly text: string;
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
  generate(request: ChatRequest): Promise<ChatResult>;
  /** Streams a reply; a stream that ends without its finish part rejects with a retryable error. */
  stream(request: ChatRequest): AsyncIterable<ChatStreamPart>;
}
