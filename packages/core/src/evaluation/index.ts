/**
 * Evaluation maths: retrieval and answer metrics, ROUGE-L, the answer rubric, the tune/check split, acceptance criteria,
 * robustness probes and red-team rates.
 */
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
export { parseCriteria, type Criterion } from './parse-criteria.js';
export {
  evaluateCriteria,
  formatCriterionValue,
  criterionTolerance,
  type CriterionResult,
  type CriterionValues,
} from './evaluate-criteria.js';
export {
  probeRules,
  probeVariant,
  probeVariants,
  onceRules,
  defaultProbeSeed,
  type ProbeRule,
  type ProbeVariant,
  type ProbeOptions,
} from './probe-variants.js';
export {
  compareProbe,
  caseConsistency,
  summarizeConsistency,
  type ProbeReply,
  type ProbePlayed,
  type VariantConsistency,
  type CaseConsistency,
  type RuleConsistency,
  type ConsistencySummary,
} from './probe-consistency.js';
export {
  redTeamRates,
  replyDisposition,
  conversationDisposition,
  type RedTeamDisposition,
  type RedTeamLabel,
  type RedTeamReply,
  type RedTeamOutcome,
  type RedTeamRates,
  type RedTeamCategoryRates,
} from './red-team-rates.js';
export { defaultJudgeRubric, weightedJudgeScore, type CriterionGrade, type JudgeCriterion, type JudgeRubric } from './judge-rubric.js';
export { parseJudgeVerdict, type JudgeVerdictParse } from './parse-judge-verdict.js';
export { caseJudgeMessages, type JudgedExchange, type JudgedTurn } from './judge-prompt.js';
export {
  simulatedCustomerMessages,
  readCustomerTurn,
  doneWord,
  type CustomerTurn,
  type PersonaCard,
  type SimulatedExchange,
} from './simulated-customer-prompt.js';
export {
  transcriptJudgeMessages,
  parseTranscriptVerdict,
  type TranscriptFindings,
  type TranscriptVerdictParse,
} from './transcript-judge.js';
