/** Retrieval: the knowledge index, dense and history indexes, fusion, freshness and the hybrid retriever. */
export { KnowledgeIndex, type KnowledgeIndexOptions, type RetrievalUnit, type FieldWeights } from './knowledge-index.js';
export { DenseIndex, embeddingText, type DenseIndexOptions, type LinearMap } from './dense-index.js';
export { reciprocalRankFusion, weightedFusion, type ScoredId, type FusedId } from './fusion.js';
export { freshnessFactor, type FreshnessOptions } from './freshness.js';
export { sectionAudience, type AskerRole, type SectionAudience } from './section-audience.js';
export { HybridRetriever, defaultHybridOptions, type HybridOptions, type RetrievalMode, type RetrieveRequest } from './hybrid-retriever.js';
export type { ChunkHit } from './knowledge-index.js';
export { linkedArticleHistory, articleKey } from './linked-article-history.js';
export { HistoryIndex, type ResolvedQuestion } from './history-index.js';
export { trainLinearMap, type ContrastivePair, type LinearMapTraining } from './train-linear-map.js';
export { retrieveQuestionParts, questionParts, type PartRetriever } from './retrieve-question-parts.js';
