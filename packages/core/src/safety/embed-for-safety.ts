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

/**
 * The sentence-mean embedding of each text (null where a text has no embeddable sentence), with every sentence of
 * every text sent in one batch, so an embedder with worker threads spreads it over the cores. For evaluation and
 * training; unlike embedForSafety it lets the embedder's error through.
 */
export async function embedSentenceMeans(embedder: Embedder, texts: readonly string[]): Promise<(Float32Array | null)[]> {
  const pieces = texts.map((text) => safetySentences(text));
  const vectors = await embedder.embed(pieces.flat());
  let next = 0;
  return pieces.map((sentences) => {
    const pooled = meanSentenceEmbedding(vectors.slice(next, next + sentences.length));
    next += sentences.length;
    return pooled;
  });
}
