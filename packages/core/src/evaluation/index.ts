/** Evaluation maths: retrieval and answer metrics, ROUGE-L, the answer rubric and the tune/check split. */
export { scoreRanking, averageMetrics, metricNames, type RetrievalMetrics, type Judgements } from './retrieval-metrics.js';
export { rougeL, rougeTokens, longestCommonSubsequence, type RougeScore } from './rouge-l.js';
export {
  tuneCheckSplit,
  partOfGroup,
  defaultGroupKey,
  defaultCheckFraction,
  defaultSplitSeed,
  type EvaluationPart,
  type TuneCheckOptions,
} from './tune-check-split.js';
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
} from './answer-metrics.js';
export { answerFaithfulness } from './answer-faithfulness.js';
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
} from './answer-rubric.js';
