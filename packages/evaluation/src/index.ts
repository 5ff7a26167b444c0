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

export { importTickets, type ImportTicketsOptions, type ImportTicketsSummary } from './tickets/import-tickets.js';
export { ticketSuiteCases, type TicketSuite, type TicketSuiteOptions } from './tickets/ticket-suite-cases.js';

export type * from './suite/suite-types.js';
export { runSuites, type RunSuitesOptions, type ScratchWorkspace, type SuiteWorkspace } from './suite/run-suites.js';
export { readEvalSuite, suiteName, type ReadSuiteFile } from './suite/read-eval-suite.js';
export { playSuiteCase, verifiedIdentity, type CaseStage } from './suite/play-suite-case.js';
export { checkSuiteCase } from './suite/check-suite-case.js';
export { suiteAggregates, type AggregatedCase } from './suite/suite-aggregates.js';
export { regressionsSince } from './suite/regressions-since.js';
export {
  probeCase,
  consistency,
  playProbes,
  type ProbeCase,
  type ProbeCaseOptions,
  type PlayTurns,
  type PlayProbesOptions,
  type PlayedProbes,
} from './suite/probes.js';
export {
  redTeamPromptsOfSuite,
  redTeamPromptsOfSafetyFile,
  playRedTeam,
  type RedTeamPrompt,
  type RedTeamReport,
  type PlayPrompt,
  type SafetyFilePromptsOptions,
} from './safety/red-team.js';
export { renderEvalReport } from './suite/render-eval-report.js';
export { judgeSummary, type SuiteJudge } from './suite/suite-judge.js';
export { readJudgeRubric, judgeRubricPath, type WorkspaceRubric } from './judge/read-judge-rubric.js';
export { judgeCase, type JudgeCaseOptions } from './judge/judge-case.js';
export { personaTone, type ToneSettings } from './judge/persona-tone.js';
export { createSuiteJudge } from './judge/create-suite-judge.js';
export { readPersonaCards } from './simulate/read-persona-cards.js';
export {
  simulateConversation,
  type BotTurn,
  type SimulationBot,
  type SimulateConversationOptions,
  type SimulationTranscript,
} from './simulate/simulate-conversation.js';
export { judgeTranscript } from './simulate/judge-transcript.js';
export { transcriptToCase, type TranscriptForCase } from './simulate/transcript-to-case.js';
export { simulateConversations, type SimulateConversationsOptions, type SimulationRun } from './simulate/simulate-conversations.js';

export { simulateTraffic, trafficDefaults, type TrafficSimulation, type TrafficSimulationOptions } from './traffic/simulate-traffic.js';
export type { RolloutSimulationResult } from './traffic/simulate-rollout.js';
export {
  baselineTrafficRates,
  parseTrafficEffect,
  trafficMetrics,
  type TrafficEffect,
  type TrafficMetric,
  type TrafficRates,
} from './traffic/traffic-model.js';
