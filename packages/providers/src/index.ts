/** LLM and embedding adapters, a folder per vendor. */
export { loadWordVectors, type WordVectors } from './local/word-vectors.js';
export { createSifEmbedder, type SifEmbedderOptions } from './local/sif-embedder.js';
export type { ChatModel, ChatMessage, ChatRequest, ChatResult, ChatStreamPart, TokenUsage } from '@switchboard/spec';
export { createOpenAiCompatibleChatModel, type OpenAiCompatibleChatSettings } from './openai-compatible/openai-compatible-chat-model.js';
export { createOpenAiCompatibleEmbedder, type OpenAiCompatibleEmbedderSettings } from './openai-compatible/openai-compatible-embedder.js';
export { resolveChatModel, chatProviders, type ChatModelSettings } from './resolve-chat-model.js';
export { llmSettingsFromEnvironment, resolveLlmSettings, type LlmSection, type LlmSettings } from './llm-settings.js';
export { isRetryableStatus } from './http/provider-error.js';
export { createAnthropicChatModel, anthropicVersion, type AnthropicChatSettings } from './anthropic/anthropic-chat-model.js';
export { createEmbeddingCache, textHash, type EmbeddingCache } from './embedding-cache.js';
export { createFileCachedEmbedder, embeddingCacheFile, type FileCachedEmbedderOptions } from './embedding-cache-file.js';
export { createOnnxEmbedder, type OnnxEmbedderSettings, type TransformersLibrary } from './onnx/onnx-embedder.js';
export { createUseLiteEmbedder, useLiteEmbedderId, type UseLiteEmbedderOptions } from './local/use-lite-embedder.js';
export { createHnswIndexFactory, hnswAvailable, type HnswSettings } from './hnsw/hnsw-vector-index.js';
export { cacheDir, resolveEmbedder, type EmbeddingEndpoint, type ResolveEmbedderOptions } from './resolve-embedder.js';
export { createHttpToolExecutor, expandUrlTemplate, type HttpToolExecutorOptions } from './http-tool/http-tool-executor.js';
export type {
  HttpToolBinding,
  HttpToolCall,
  HttpToolCallContext,
  HttpToolDefinition,
  HttpToolExecutor,
} from './http-tool/http-tool-types.js';
