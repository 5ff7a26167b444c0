/** Core: the pure parts of Switchboard. No I/O; clocks and ids are passed in. */
export { analyze, words, stem, isStopWord, countTokens } from './text/analyze.js';
export { splitSentences } from './text/split-sentences.js';
export { Bm25fIndex, type Bm25fOptions, type Bm25fField, type Bm25fHit } from './ranking/bm25f.js';
export { parseMarkdownBlocks, renderBlock, type Block } from './chunking/markdown-blocks.js';
export { chunkMarkdown, type ChunkingOptions } from './chunking/chunk-markdown.js';
export {
  KnowledgeIndex,
  type KnowledgeIndexOptions,
  type RetrievedChunk,
  type RetrievalUnit,
  type FieldWeights,
} from './retrieval/knowledge-index.js';
export { evidenceUnits, type EvidenceUnit } from './answer/evidence-units.js';
export { composeExtractiveAnswer, type ComposerOptions, type ComposedAnswer, type ChosenSentence } from './answer/extractive-composer.js';
export {
  createAnswerPipeline,
  type AnswerPipeline,
  type AnswerPipelineDependencies,
  type PipelineResult,
} from './pipeline/answer-pipeline.js';
export { scoreRanking, averageMetrics, metricNames, type RetrievalMetrics, type Judgements } from './evaluation/retrieval-metrics.js';
