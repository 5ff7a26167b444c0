/** Turns a message into a sparse, L2-normalised vector of hashed word and character n-gram features. */

/** A sparse feature vector: parallel arrays of bucket indices and values. */
export interface SparseVector {
  readonly indices: readonly number[];
  readonly values: readonly number[];
}

// Long jailbreak prompts carry their signal early; capping keeps the cost of one check bounded.
const maxCharacters = 6000;
const tokenPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[<>[\]{}#*|]+/gu;

/** Lowercased, NFKC-normalised text: full-width and stylised letters fold into plain ones. */
export function normalizeSafetyText(text: string): string {
  return text.slice(0, maxCharacters).normalize('NFKC').toLowerCase().replace(/['’]/g, "'");
}

/** 32-bit FNV-1a: stable across runs and platforms, so a shipped model keeps matching its features. */
export function hashFeature(feature: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i += 1) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function addCounts(counts: Map<number, number>, feature: string, dimensions: number): void {
  const index = hashFeature(feature) % dimensions;
  counts.set(index, (counts.get(index) ?? 0) + 1);
}

/** Sub-linear term frequency, then unit length, so long prompts do not dominate short ones. */
function toUnitVector(counts: Map<number, number>, weight: number): Map<number, number> {
  let norm = 0;
  for (const [index, count] of counts) {
    const value = 1 + Math.log(count);
    counts.set(index, value);
    norm += value * value;
  }
  const scale = norm > 0 ? weight / Math.sqrt(norm) : 0;
  for (const [index, value] of counts) counts.set(index, value * scale);
  return counts;
}

/**
 * Word unigrams and bigrams plus character 2–5-grams inside word boundaries, hashed into `dimensions`
 * buckets. The word and character groups are normalised separately and weighted equally.
 */
export function safetyFeatures(text: string, dimensions: number): SparseVector {
  const tokens = normalizeSafetyText(text).match(tokenPattern) ?? [];
  const wordCounts = new Map<number, number>();
  const charCounts = new Map<number, number>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    addCounts(wordCounts, `w ${token}`, dimensions);
    if (i > 0) addCounts(wordCounts, `b ${tokens[i - 1]!} ${token}`, dimensions);
    const padded = ` ${token} `;
    for (let n = 2; n <= 5; n += 1) {
      for (let start = 0; start + n <= padded.length; start += 1) addCounts(charCounts, `c${padded.slice(start, start + n)}`, dimensions);
    }
  }
  addCounts(wordCounts, 'bias', dimensions);
  const merged = new Map<number, number>();
  for (const group of [toUnitVector(wordCounts, Math.SQRT1_2), toUnitVector(charCounts, Math.SQRT1_2)]) {
    for (const [index, value] of group) merged.set(index, (merged.get(index) ?? 0) + value);
  }
  const indices = [...merged.keys()];
  return { indices, values: indices.map((index) => merged.get(index)!) };
}
