/** Query rewriting: conversation carry-over, entities, spelling and the LLM rewriter. */
export { EntityGazetteer, entityTagPrefix, normalizeForMatching } from './entity-gazetteer.js';
export { rewriteQuery, type ConversationTurn, type RewrittenQuery, type ConversationRewriterOptions } from './conversation-rewriter.js';
export { createSpellingCorrector, type SpellingCorrector } from './spelling-corrector.js';
export { createLlmQueryRewriter, matchesVocabulary, llmRewritePrompt, type LlmQueryRewriter, type LlmRewrite } from './llm-rewriter.js';
export { createTermTypoCorrector, type TermTypoOptions } from './term-typo-corrector.js';
