/**
 * The chat-model contract, restated structurally: adapters depend on spec only, and core's ChatModel
 * (packages/core/src/generation/chat-model.ts) accepts any object of this shape. A test keeps the two in step.
 */

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export interface ChatRequest {
  readonly messages: readonly ChatMessage[];
  readonly maxOutputTokens?: number;
  readonly temperature?: number;
  readonly signal?: AbortSignal;
}

export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
}

export interface ChatResult {
  readonly text: string;
  readonly usage: TokenUsage;
  readonly finishReason: string;
}

export type ChatStreamPart =
  { readonly type: 'text'; readonly text: string } | { readonly type: 'finish'; readonly usage: TokenUsage; readonly finishReason: string };

export interface ChatModel {
  readonly id: string;
  generate(request: ChatRequest): Promise<ChatResult>;
  stream(request: ChatRequest): AsyncIterable<ChatStreamPart>;
}
