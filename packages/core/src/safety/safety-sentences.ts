/**
 * The pieces of a message that the safety model's sentence-embedding features are made from, and their pooling.
 * A sentence encoder is trained on sentences: one embedding of a long web post blurs it, while the mean of its
 * sentences' embeddings keeps each part's meaning (openai-moderation, 5-fold CV: F1 0.72 → 0.75 on that set alone).
 */
import { normalize } from '../vectors/vector-math.js';

// Same cap as the n-gram features: long prompts carry their signal early, and the cost of one check stays bounded.
const maxCharacters = 6000;
const maxPieces = 24;
const maxPieceCharacters = 400;
// A piece shorter than this ("Hi.", "Lol!") takes in the sentence after it instead of standing alone.
const minPieceCharacters = 40;

/** Sentences (and lines) of the text, a short piece joined by the next sentence, at most 24 of 400 characters. */
export function safetySentences(text: string): string[] {
  const parts = text
    .slice(0, maxCharacters)
    .split(/(?<=[.!?])\s+|\n+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const pieces: string[] = [];
  for (const part of parts) {
    const last = pieces.length - 1;
    if (last >= 0 && pieces[last]!.length < minPieceCharacters) pieces[last] = `${pieces[last]!} ${part}`;
    else pieces.push(part);
  }
  return pieces.slice(0, maxPieces).map((piece) => piece.slice(0, maxPieceCharacters));
}

/** The unit-length mean of unit-length sentence vectors; null when there are none or all are zero. */
export function meanSentenceEmbedding(vectors: readonly Float32Array[]): Float32Array | null {
  const first = vectors[0];
  if (!first) return null;
  const sum = new Float32Array(first.length);
  let used = 0;
  for (const vector of vectors) {
    const unit = normalize(Float32Array.from(vector));
    if (!unit.some((value) => value !== 0)) continue;
    for (let d = 0; d < sum.length; d += 1) sum[d]! += unit[d]!;
    used += 1;
  }
  return used === 0 ? null : normalize(sum);
}
