/** LLM and embedding adapters, a folder per vendor. */
export { loadWordVectors, type WordVectors } from './local/word-vectors.js';
export { createSifEmbedder, type SifEmbedderOptions } from './local/sif-embedder.js';
export type { ChatModel, ChatMessage, ChatRequest, ChatResult, ChatStreamPart, TokenUsage } from './openai-compatible/chat-model-types.js';
export { createOpenAiCompatibleChatModel, type OpenAiCompatibleChatSettings } from './openai-compatible/openai-compatible-chat-model.js';
export { createOpenAiCompatibleEmbedder, type OpenAiCompatibleEmbedderSettings } from './openai-compatible/openai-compatible-embedder.js';
export { resolveChatModel, chatProviders, type ChatModelSettings } from './openai-compatible/resolve-chat-model.js';
export { llmSettingsFromEnvironment, type LlmSettings } from './openai-compatible/llm-settings.js';
export { isRetryableStatus } from './openai-compatible/provider-error.js';
