/** The message pipeline: its stages, the trace's fixed stage order and routing decisions. */
export { createAnswerPipeline, type AnswerPipeline, type AnswerPipelineDependencies, type PipelineResult } from './answer-pipeline.js';
export type { KnowledgeAnswer } from './answer-from-knowledge.js';
export {
  createRefreshingPipeline,
  type BuiltPipeline,
  type RefreshingPipeline,
  type RefreshingPipelineOptions,
} from './refreshing-pipeline.js';
export { type MessageContext, defaultGuardrails } from './answer-pipeline.js';
export { IntentNotAdmitted } from './intent-not-admitted.js';
export { decideRoute, type GuardrailSettings, type RouteDecision } from './route-message.js';
export { englishOnlyNote } from './english-only-note.js';
export { customerLanguage, type CustomerLanguage, type CustomerLanguageInput } from './customer-language.js';
export { stageOrder, type StageName } from './stage-order.js';
export { describeRetrievedChunk } from './describe-retrieved-chunk.js';
