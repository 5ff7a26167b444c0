/** The sentence-mean embedding the safety filter's embedding model reads, or the reason there is none. */
import type { Embedder } from '@switchboard/spec';
import { meanSentenceEmbedding, safetySentences } from './safety-sentences.js';

export type SafetyEmbedding =
  { readonly embedding: Float32Array; readonly sentences: number } | { readonly embedding: null; readonly reason: string };

/**
 * Embeds the message's sentences and pools them. Never throws: when the embedder fails or is missing the filter
 * falls back to its n-gram model, so a message is always checked (and a mandatory handoff still happens).
 */
export async function embedForSafety(embedder: Embedder | null | undefined, text: string, signal?: AbortSignal): Promise<SafetyEmbedding> {
  if (!embedder) return { embedding: null, reason: 'no safety embedder' };
  const sentences = safetySentences(text);
  if (sentences.length === 0) return { embedding: null, reason: 'empty message' };
  try {
    const vectors = await embedder.embed(sentences, signal ? { signal } : {});
    const embedding = meanSentenceEmbedding(vectors);
    return embedding ? { embedding, sentences: sentences.length } : { embedding: null, reason: 'no embeddable text' };
  } catch (error) {
    return { embedding: null, reason: `embedder ${embedder.id} failed: ${(error as Error).message}` };
  }
}
