/** Ranking: BM25F, rerank features and the linear and learned rerankers. */
export { Bm25fIndex, type Bm25fOptions, type Bm25fField, type Bm25fHit } from './bm25f.js';
export type { RetrievedChunk } from './retrieved-chunk.js';
export type { Reranker } from './reranker.js';
export { rerankFeatures, rerankFeatureNames, type FeatureContext } from './rerank-features.js';
export { trainLinearRanker, scoreLinear, type LinearRankerModel, type TrainingList, type LinearRankerTraining } from './linear-ranker.js';
export { createLearnedReranker } from './learned-reranker.js';
