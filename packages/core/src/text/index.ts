/** Text utilities: analysis, sentence splitting, language detection and term equivalents. */
export { analyze, words, stem, isStopWord, countTokens } from './analyze.js';
export { splitSentences } from './split-sentences.js';
export { detectExactTerms, type ExactTerm } from './exact-match.js';
export { detectLanguage, type DetectedLanguage } from './detect-language.js';
export { nearDuplicateGroups, nearDuplicateThreshold, wordShingles, jaccard, type NearDuplicateOptions } from './near-duplicate-groups.js';
