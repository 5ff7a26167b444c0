/**
 * Offline evaluation and training over workspaces and standard datasets: retrieval and answer metrics on BEIR-layout
 * folders, answer cases, intents, safety, the learned ranker and history, and replays of tool steps.
 */
export { buildRetriever, chunkVectors, type RetrieverOverrides } from './build-retriever.js';
export { loadBeirChunks, type BeirChunks } from './beir-chunks.js';
export { readBeirAnswers } from './read-beir-answers.js';
export { createQueryRewriting, rankQuery, type QueryRewriting, type RankedQuery } from './rank-query.js';
export { parseEvaluationPart } from './evaluation-part.js';
export {
  runRetrievalAblation,
  runRetrievalEval,
  type AblationRow,
  type RetrievalEvalOptions,
  type RetrievalEvalResult,
} from './run-retrieval-eval.js';
export { runAnswersEval, goldPart, type AnswersEvalOptions, type AnswersEvalResult } from './run-answers-eval.js';
export { isAnswerCaseFile, readAnswerCases, workspaceOfCaseFile, type AnswerCaseEntry, type AnswerCaseFile } from './answer-cases.js';
export {
  runAnswerCases,
  answerCasePart,
  type AnswerCaseResult,
  type AnswerCasesOptions,
  type AnswerCasesReport,
  type AnswerCaseWorkspace,
} from './run-answer-cases.js';

export { trainIntentModel, type IntentModelSummary, type TrainIntentModelOptions } from './intent/train-intent-model.js';
export { evaluateIntents, type EvaluateIntentsOptions } from './intent/evaluate-intents.js';
export { intentEmbedderId, intentEmbeddingCacheFolder } from './intent/intent-embeddings.js';
export type { IntentEvalResult } from './intent/run-intent-eval.js';
export { readWorkspaceIntentModel, workspaceIntentModelPath } from './intent/workspace-intent-model.js';

export { runSafetyEval, type SafetyEvalOptions, type SafetyEvalResult } from './safety/run-safety-eval.js';
export {
  trainWorkspaceSafety,
  type TrainWorkspaceSafetyOptions,
  type TrainWorkspaceSafetyResult,
} from './safety/train-workspace-safety.js';
export { safetyEmbedder } from './safety/safety-embedder.js';
export { loadWorkspaceSafety } from './safety/workspace-safety.js';
export { trainSafetyModelFile, type SafetyTrainingSummary, type TrainSafetyModelFileOptions } from './safety/train-safety-model-file.js';
export { readWorkspaceSafetyModel, workspaceSafetyModelPath, writeWorkspaceSafetyModel } from './safety/workspace-safety-model.js';

export { applyWorkspaceLearning } from './learning/workspace-learning.js';
export { trainWorkspaceRanker, type RankerTrainingSummary, type TrainWorkspaceRankerOptions } from './learning/train-workspace-ranker.js';

export {
  parseReplaySteps,
  readReplaySteps,
  replaySteps,
  type ReplayOptions,
  type ReplayStep,
  type ReplayStepResult,
} from './workflow/replay-steps.js';
