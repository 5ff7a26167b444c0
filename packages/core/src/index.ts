/** Core: the pure parts of Switchboard. No I/O; clocks and ids are passed in. */
export { analyze, words, stem, isStopWord, countTokens } from './text/analyze.js';
export { splitSentences } from './text/split-sentences.js';
export { Bm25fIndex, type Bm25fOptions, type Bm25fField, type Bm25fHit } from './ranking/bm25f.js';
export { parseMarkdownBlocks, renderBlock, type Block } from './chunking/markdown-blocks.js';
export { chunkMarkdown, type ChunkingOptions } from './chunking/chunk-markdown.js';
export { KnowledgeIndex, type KnowledgeIndexOptions, type RetrievalUnit, type FieldWeights } from './retrieval/knowledge-index.js';
export type { RetrievedChunk } from './ranking/retrieved-chunk.js';
export { composeExtractiveAnswer, type ComposerOptions, type ComposedAnswer, type ChosenSentence } from './answer/extractive-composer.js';
export { renderPlainText, sourcesFooter } from './answer/render-plain-text.js';
export {
  createAnswerPipeline,
  type AnswerPipeline,
  type AnswerPipelineDependencies,
  type PipelineResult,
} from './pipeline/answer-pipeline.js';
export { scoreRanking, averageMetrics, metricNames, type RetrievalMetrics, type Judgements } from './evaluation/retrieval-metrics.js';
export {
  safetyCategories,
  defaultSafetyActions,
  defaultSafetyMessages,
  selfHarmResourcesMessage,
  isSafetyCategory,
  type SafetyCategory,
  type SafetyAction,
  type SafetyActionMap,
} from './safety/safety-categories.js';
export { safetyFeatures, hashFeature, normalizeSafetyText, type SparseVector } from './safety/safety-features.js';
export {
  loadSafetyModel,
  safetyModelFormat,
  type SafetyModel,
  type SafetyModelData,
  type SafetyPrediction,
  type SafetyDecisionRule,
} from './safety/safety-model.js';
export {
  trainSafetyModel,
  toSafetyModel,
  serializeSafetyModel,
  type SafetyTrainingExample,
  type SafetyTrainingOptions,
  type TrainedSafetyModel,
} from './safety/train-safety-model.js';
export {
  trainSafetyAdapter,
  applySafetyAdapter,
  safetyAdapterFormat,
  type SafetyAdapterData,
  type SafetyAdapterOptions,
} from './safety/safety-adapter.js';
export {
  expandSafetyTemplates,
  checkSafetyTemplateDocument,
  type SafetyTemplate,
  type SafetyTemplateDocument,
  type GeneratedSafetyRow,
  type ExpandSafetyTemplatesOptions,
} from './safety/expand-safety-templates.js';
export {
  manipulationSignals,
  type ManipulationSignals,
  type ManipulationAsk,
  type ManipulationPressure,
} from './safety/manipulation-signals.js';
export { safetyRowGroup, type GroupableSafetyRow } from './safety/safety-row-group.js';
export { defineRules, type SafetyRule } from './safety/rules/safety-rule.js';
export { defaultSafetyRules } from './safety/rules/default-safety-rules.js';
export {
  createSafetyFilter,
  type SafetyFilter,
  type SafetyFilterOptions,
  type SafetyCheck,
  type SafetyCheckOptions,
} from './safety/safety-filter.js';
export {
  createDefaultSafetyFilter,
  loadShippedSafetyModel,
  loadShippedSafetyEmbeddingModel,
  workspaceSafetyModelFormat,
  type DefaultSafetyFilterOptions,
  type SafetyModelSet,
  type WorkspaceSafetyModelData,
} from './safety/default-safety-filter.js';
export { safetySentences, meanSentenceEmbedding } from './safety/safety-sentences.js';
export { embedForSafety, embedSentenceMeans, type SafetyEmbedding } from './safety/embed-for-safety.js';
export { scoreSafety, type SafetyJudgement, type SafetyMetrics } from './safety/safety-metrics.js';
export { checkJsonSchema, type JsonSchema, type JsonType, type SchemaIssue } from './workflow/json-schema.js';
export type { ToolDefinition, ToolCall, ToolExecutor, ToolExecutionContext, HttpBinding } from './workflow/tool-definition.js';
export { builtinTools } from './workflow/builtin-tools.js';
export { createBuiltinToolServer, type BuiltinToolServerOptions } from './workflow/builtin-tool-server.js';
export { createToolRegistry, type ToolRegistry } from './workflow/tool-registry.js';
export type {
  PolicyGuards,
  RecordSource,
  OwnershipRule,
  PreconditionRule,
  AllowedValuesRule,
  OncePerRecordRule,
  AuthorityLimit,
} from './workflow/policy.js';
export { createMemoryActionLog, type ActionLog, type ActionLogEntry, type ActionStatus } from './workflow/action-log.js';
export { callKey, idempotencyKey } from './workflow/call-key.js';
export {
  createActionGateway,
  type ActionGateway,
  type ActionGatewayOptions,
  type ActionOutcome,
  type StartTimer,
} from './workflow/action-gateway.js';
export { actionClaimKinds, type ActionClaimKind } from './workflow/action-claim-kind.js';
export { effectsOf } from './workflow/claim-kinds.js';
export { findActionClaims, verifyActionClaims, type ActionClaim, type ClaimVerdict } from './workflow/claim-verifier.js';
export {
  selectWorkflow,
  authorityLimitsOf,
  type WorkflowDefinition,
  type WorkflowStep,
  type Condition,
} from './workflow/workflow-definition.js';
export { evaluateCondition, renderTemplate, readPath, type RunContext } from './workflow/workflow-expressions.js';
export {
  createWorkflowRun,
  type WorkflowRun,
  type WorkflowRunOptions,
  type WorkflowEvent,
  type WorkflowTurn,
  type WaitingFor,
} from './workflow/workflow-run.js';
export {
  parseWorkflowWorkspace,
  type WorkflowWorkspace,
  type WorkflowFiles,
  type ParsedFile,
  type Contact,
  type NamedCondition,
} from './workflow/workflow-workspace.js';
export { VectorIndex, type VectorHit, type VectorQuantization } from './vectors/vector-index.js';
export { dot, normalize, cosine, firstPrincipalComponent, removeComponent } from './vectors/vector-math.js';
export { DenseIndex, embeddingText, type DenseIndexOptions, type LinearMap } from './retrieval/dense-index.js';
export { reciprocalRankFusion, weightedFusion, type ScoredId, type FusedId } from './retrieval/fusion.js';
export { detectExactTerms, type ExactTerm } from './text/exact-match.js';
export { freshnessFactor, type FreshnessOptions } from './retrieval/freshness.js';
export { sectionAudience, type AskerRole, type SectionAudience } from './retrieval/section-audience.js';
export {
  HybridRetriever,
  defaultHybridOptions,
  type HybridOptions,
  type RetrievalMode,
  type RetrieveRequest,
} from './retrieval/hybrid-retriever.js';
export type { Reranker } from './ranking/reranker.js';
export type { ChunkHit } from './retrieval/knowledge-index.js';
export {
  trainIntentClassifier,
  defaultIntentTrainingOptions,
  type IntentExample,
  type IntentTrainingOptions,
} from './intent/train-intent-classifier.js';
export {
  IntentClassifier,
  intentModelFormatVersion,
  type IntentModelFile,
  type IntentPrediction,
  type LabelProbability,
} from './intent/intent-classifier.js';
export { intentMetrics, macroF1, expectedCalibrationError, type IntentMetrics, type ScoredPrediction } from './intent/intent-metrics.js';
export { runbookInstructions, type RunbookInstruction } from './workflow/runbook-instructions.js';
export { analyzeInstruction, type RunbookFinding, type RunbookFindingKind, type InstructionAnalysis } from './workflow/runbook-linter.js';
export { lintRunbook, analyzeRunbook } from './workflow/runbook-lint.js';
export { compileRunbook, type CompiledRunbook } from './workflow/runbook-compiler.js';
export type { ChatModel, ChatMessage, ChatRequest, ChatResult, ChatStreamPart, TokenUsage } from '@switchboard/spec';
export { buildGroundedPrompt, chunkLabel, type GroundingChunk, type GroundedPromptInput } from './generation/grounded-prompt.js';
export { splitClaims, citedLabels, type Claim } from './generation/split-claims.js';
export { checkFiguresAndNames, namedEntities } from './generation/figures-and-names.js';
export { lexicalSupport, negationDiffers } from './generation/lexical-support.js';
export {
  checkGrounding,
  type GroundingOptions,
  type GroundingVerdict,
  type FailedClaim,
  type ClaimJudge,
  type SimilarityFunction,
} from './generation/grounding-check.js';
export { mapCitations, type MappedAnswer } from './generation/map-citations.js';
export { createLlmJudge } from './generation/llm-judge.js';
export { estimateDifficulty, type Difficulty, type DifficultyInput } from './generation/estimate-difficulty.js';
export { chooseModel, type ModelChoice, type RoutingOptions } from './generation/choose-model.js';
export { requestCost, type ModelPrice, type PriceTable } from './generation/request-cost.js';
export {
  answerCacheKey,
  answerCacheKeyDigest,
  createAnswerCache,
  type AnswerCache,
  type AnswerCacheKeyInput,
} from './generation/answer-cache.js';
export type { KnowledgeAnswer } from './pipeline/answer-from-knowledge.js';
export { linkedArticleHistory } from './retrieval/linked-article-history.js';
export {
  createRefreshingPipeline,
  type BuiltPipeline,
  type RefreshingPipeline,
  type RefreshingPipelineOptions,
} from './pipeline/refreshing-pipeline.js';
export { createCircuitBreaker, type CircuitBreaker, type CircuitBreakerOptions, type CircuitState } from './generation/circuit-breaker.js';
export { callWithRetries, type RetryOptions, type Sleep } from './generation/call-with-retries.js';
export { createGenerativeAnswerer, type GenerativeAnswerer, type GenerativeAnswererOptions } from './generation/generative-answerer.js';
export type {
  GenerativeAnswer,
  GenerativeAnswerEvent,
  GenerativeAnswerRequest,
  AnswerVerdict,
  AttemptRecord,
  FallbackReason,
} from './generation/answer-types.js';
export { EntityGazetteer, entityTagPrefix, normalizeForMatching } from './rewrite/entity-gazetteer.js';
export {
  rewriteQuery,
  type ConversationTurn,
  type RewrittenQuery,
  type ConversationRewriterOptions,
} from './rewrite/conversation-rewriter.js';
export { createSpellingCorrector, type SpellingCorrector } from './rewrite/spelling-corrector.js';
export { HistoryIndex, type ResolvedQuestion } from './retrieval/history-index.js';
export { rerankFeatures, rerankFeatureNames, type FeatureContext } from './ranking/rerank-features.js';
export {
  trainLinearRanker,
  scoreLinear,
  type LinearRankerModel,
  type TrainingList,
  type LinearRankerTraining,
} from './ranking/linear-ranker.js';
export { createLearnedReranker } from './ranking/learned-reranker.js';
export { rougeL, rougeTokens, longestCommonSubsequence, type RougeScore } from './evaluation/rouge-l.js';
export {
  tuneCheckSplit,
  partOfGroup,
  defaultGroupKey,
  defaultCheckFraction,
  defaultSplitSeed,
  type EvaluationPart,
  type TuneCheckOptions,
} from './evaluation/tune-check-split.js';
export {
  summarizeAnswerStage,
  summarizeContextStage,
  contextRecall,
  percentile,
  withoutCitationMarkers,
  type AnswerRecord,
  type ContextRecord,
  type AnswerStageMetrics,
  type ContextStageMetrics,
  type LatencySummary,
} from './evaluation/answer-metrics.js';
export { answerFaithfulness } from './evaluation/answer-faithfulness.js';
export {
  answerRubric,
  summarizeAnswerRubric,
  referenceSteps,
  rubricCheckNames,
  stepMatchThreshold,
  type AnswerCase,
  type CitedDocument,
  type RubricAnswer,
  type RubricCheckName,
  type RubricChecks,
  type AnswerRubricScore,
  type AnswerRubricSummary,
} from './evaluation/answer-rubric.js';
export { seededRandom } from './intent/seeded-random.js';
export { type MessageContext, defaultGuardrails } from './pipeline/answer-pipeline.js';
export { decideRoute, type GuardrailSettings, type RouteDecision } from './pipeline/route-message.js';
export { detectLanguage, type DetectedLanguage } from './text/detect-language.js';
export { englishOnlyNote } from './pipeline/english-only-note.js';
export { customerLanguage, type CustomerLanguage, type CustomerLanguageInput } from './pipeline/customer-language.js';
export {
  createConversationService,
  type ConversationService,
  type ConversationServiceDependencies,
  type IncomingMessage,
  type MessageOutcome,
} from './conversation/conversation-service.js';
export { createInProcessConversationLock } from './conversation/conversation-lock.js';
export { stageOrder, type StageName } from './pipeline/stage-order.js';
export { detectHumanRequest } from './guardrails/human-request.js';
export { isNotHelpfulFeedback, countNotHelpful } from './guardrails/repeated-failure.js';
export { createRateLimiter, type RateLimiter, type RateLimit, type RateDecision } from './guardrails/rate-limiter.js';
export {
  createOutputGuard,
  defaultProhibitedPhrases,
  type OutputGuard,
  type OutputGuardInput,
  type OutputGuardVerdict,
  type GuardViolation,
  type GuardViolationKind,
} from './guardrails/output-guard.js';
export { choosePersona, personaNames, type PersonaName, type PersonaRule } from './persona/choose-persona.js';
export { applyPersona, personaPrompt, type GroundedSentence, type EscalationPath, type PersonaAnswer } from './persona/apply-persona.js';
export { buildHandoffPacket } from './handoff/build-handoff-packet.js';
export { handoffNotice, unavailableNotice } from './handoff/handoff-notice.js';
export { createHandoffDesk, type HandoffDesk, type HandoffDeskDependencies } from './handoff/handoff-desk.js';
export { appendDenseFeatures, type IntentEmbeddings } from './intent/dense-features.js';
export { type IntentEmbedderInfo } from './intent/intent-classifier.js';
export { stratifiedSplit, type Split } from './intent/stratified-split.js';
export { heldOutIntentFolds, type HeldOutIntentFold, type HeldOutIntentFoldOptions } from './intent/held-out-intent-folds.js';
export type { Actor, ActInput, ActTurn } from './workflow/actor.js';
export { createWorkflowActor, type WorkflowActorOptions } from './workflow/workflow-actor.js';
export { verifyReplyClaims, type ReplyClaimInput } from './workflow/verify-reply-claims.js';
export { extractSlot, readConfirmation } from './workflow/workflow-slots.js';
export {
  loadWorkflowHistory,
  workflowTurnEvents,
  type WorkflowState,
  type ConversationWorkflowHistory,
} from './workflow/workflow-state-events.js';
export type { PendingConsent } from './workflow/action-gateway.js';
export type { WorkflowRunSnapshot } from './workflow/workflow-run.js';
export { trainLinearMap, type ContrastivePair, type LinearMapTraining } from './retrieval/train-linear-map.js';
export {
  createLlmQueryRewriter,
  matchesVocabulary,
  llmRewritePrompt,
  type LlmQueryRewriter,
  type LlmRewrite,
} from './rewrite/llm-rewriter.js';
export { evidenceUnits, type EvidenceUnit, type EvidenceUnitKind } from './answer/evidence-units.js';
export { questionType, type QuestionType } from './answer/question-type.js';
export { passageCandidates, candidateUnits, type PassageCandidate } from './answer/passage-candidates.js';
export { passageFeatureNames } from './answer/passage-features.js';
export { sectionPassages, weightedQuery, coverage, type ScoredPassage, type WeightedQuery } from './answer/section-passages.js';
export { linearScore, checkLinearModel, type LinearModel } from './answer/linear-model.js';
export type { AnswerModels, AnswerabilityModels } from './answer/answer-models.js';
export { minimizeLbfgs } from './optimize/lbfgs.js';
export { listwiseObjective, type ScoredList } from './optimize/listwise-objective.js';
export { answerability, answerabilityFeatures, answerabilityFeatureNames, hasDenseSignal } from './answer/answerability.js';
export { planAnswer, type AnswerPlan } from './answer/extractive-composer.js';
export { retrieveQuestionParts, questionParts, type PartRetriever } from './retrieval/retrieve-question-parts.js';
