/**
 * Conversation-aware query rewriting: a follow-up ("are their rooms clean?") is resolved against the
 * conversation so far by carrying the entity named most recently, misspelt words are corrected against the
 * knowledge base's vocabulary, and greetings and thanks are taken off (strip-pleasantries.ts). A router leaves
 * precise queries alone.
 */
import type { EntityGazetteer } from './entity-gazetteer.js';
import type { SpellingCorrector } from './spelling-corrector.js';
import { stripPleasantries } from './strip-pleasantries.js';

export interface ConversationTurn {
  /** 'U'/'customer' for the customer, 'S'/'bot'/'human' for the support side. */
  readonly speaker: string;
  readonly text: string;
}

export interface RewrittenQuery {
  /** The text to search with. */
  readonly query: string;
  /** Entities the query is about (named in it, or carried from the conversation). */
  readonly entities: readonly string[];
  /** Where the entities came from. */
  readonly entitySource: 'query' | 'conversation' | 'none';
  readonly corrections: readonly { from: string; to: string }[];
  /** Why the rewriter changed nothing, or what it did. */
  readonly decision: 'unchanged' | 'rewritten';
}

export interface ConversationRewriterOptions {
  readonly gazetteer: EntityGazetteer | null;
  readonly speller: SpellingCorrector | null;
}

export function rewriteQuery(query: string, history: readonly ConversationTurn[], options: ConversationRewriterOptions): RewrittenQuery {
  const asked = stripPleasantries(query);
  const { corrected, corrections } = options.speller ? options.speller.correct(asked) : { corrected: asked, corrections: [] };
  let entities: string[] = options.gazetteer?.find(corrected) ?? [];
  let entitySource: RewrittenQuery['entitySource'] = entities.length > 0 ? 'query' : 'none';
  if (entities.length === 0 && options.gazetteer) {
    // The most recent turn that names an entity wins; a customer's own mention beats an earlier offer.
    for (let turn = history.length - 1; turn >= 0; turn -= 1) {
      const found = options.gazetteer.find(history[turn]!.text);
      if (found.length > 0) {
        entities = found;
        entitySource = 'conversation';
        break;
      }
    }
  }
  const carried = entitySource === 'conversation' ? ` ${entities.join(' ')}` : '';
  const rewritten = `${corrected}${carried}`;
  return { query: rewritten, entities, entitySource, corrections, decision: rewritten === query ? 'unchanged' : 'rewritten' };
}
