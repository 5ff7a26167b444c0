/** Shared test helpers: fixtures and the contract suites every store implementation runs. */
export { makeDocument, makeChunk, toStoredChunk } from './fixtures.js';
export { knowledgeStoreContract } from './knowledge-store-contract.js';
export { conversationStoreContract } from './conversation-store-contract.js';
export {
  startOpenAiStandIn,
  type OpenAiStandIn,
  type OpenAiStandInOptions,
  type StandInRequest,
  type StandInResponder,
} from './openai-stand-in/openai-stand-in.js';
export { deltasOf, type StandInReply } from './openai-stand-in/stand-in-replies.js';
export { handoffStoreContract } from './handoff-store-contract.js';
export { embeddingStoreContract, type EmbeddingStoreHarness } from './embedding-store-contract.js';
export { streamParts } from './stream-parts.js';
export { recordingEmbedder, type RecordingEmbedder, type RecordingEmbedderOptions } from './recording-embedder.js';
export { scriptedChatModel, type ScriptedChatModel } from './scripted-chat-model.js';
export { hasSharedData, needsSharedData, sharedDataDir } from './shared-data.js';
