/** Shared test helpers: fixtures, mocks, vendor stand-ins and the contract suites every implementation of a spec interface runs. */
export { makeDocument, makeChunk, toStoredChunk } from './fixtures.js';
export { knowledgeStoreContract } from './knowledge-store-contract.js';
export { conversationStoreContract } from './conversation-store-contract.js';
export { eventStoreContract, type EventStoreHarness } from './event-store-contract.js';
export { memoryEventStore } from './memory-event-store.js';
export { memoryConversationStore } from './memory-conversation-store.js';
export { embedderContract, type EmbedderContractOptions, type EmbedderHarness } from './embedder-contract.js';
export {
  chatModelContract,
  type ChatModelContractSubject,
  type ChatModelHarness,
  type ChatVendorBehaviour,
} from './chat-model-contract.js';
export {
  startRecordedVendor,
  type RecordedResponse,
  type RecordedVendor,
  type RecordedVendorReply,
  type RecordedVendorRequest,
} from './recorded-vendor.js';
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
export { cliBin, runCli, type CliResult, type RunCliOptions } from './run-cli.js';
export {
  startLocalStandInServer,
  type LocalStandInServer,
  type LocalStandInRequest,
  type StandInRoutes,
} from './local-stand-in/local-stand-in-server.js';
export { helpCenterRoutes, type StandInArticle } from './local-stand-in/help-center-stand-in.js';
export { apiKeyStoreContract, type ApiKeyStoreHarness } from './api-key-store-contract.js';
export { evalRunStoreContract, type EvalRunStoreHarness } from './eval-run-store-contract.js';
export { memoryEvalRunStore } from './memory-eval-run-store.js';
export { releaseStoreContract, type ReleaseStoreHarness } from './release-store-contract.js';
export { memoryReleaseStore } from './memory-release-store.js';
export { runtimeSwitchStoreContract, type RuntimeSwitchStoreHarness } from './runtime-switch-store-contract.js';
export { memoryRuntimeSwitchStore } from './memory-runtime-switch-store.js';
export { rolloutStoreContract, type RolloutStoreHarness } from './rollout-store-contract.js';
export { memoryRolloutStore } from './memory-rollout-store.js';
export { experimentStoreContract, type ExperimentStoreHarness } from './experiment-store-contract.js';
export { memoryExperimentStore } from './memory-experiment-store.js';
export { experimentFixture } from './experiment-fixture.js';
export { releaseFixture } from './release-fixture.js';
export { shadowStoreContract, type ShadowStoreHarness } from './shadow-store-contract.js';
export { memoryShadowStore } from './memory-shadow-store.js';
