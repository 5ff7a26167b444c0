/**
 * The tune/check protocol: every file that rules, thresholds or training choices look at is split once, by group,
 * into a *tune* part (look at it freely) and a *check* part (score it, never read its errors to write rules).
 */

export type EvaluationPart = 'tune' | 'check';

export interface TuneCheckOptions {
  /** Share of groups assigned to the check part (default 0.3). */
  readonly checkFraction?: number;
  /** Changes the assignment as a whole; keep the default so every figure in the docs is on the same parts. */
  readonly seed?: number;
}

export const defaultCheckFraction = 0.3;
export const defaultSplitSeed = 20261204;

/**
 * A message's default group: its letters and digits, lower-cased, so copies that differ in case, spacing or
 * punctuation ("I lost my card!" / "i lost my card") always land in the same part.
 */
export function defaultGroupKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** FNV-1a then a murmur3 finaliser: a stable, well-mixed 32-bit hash, the same on every platform and run. */
function mixedHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * The part a group belongs to. It depends on the group key and seed alone, not on the other rows, so a row keeps its
 * part when a file grows, and the same message in two files is in the same part of both.
 */
export function partOfGroup(group: string, options: TuneCheckOptions = {}): EvaluationPart {
  const fraction = options.checkFraction ?? defaultCheckFraction;
  const seed = options.seed ?? defaultSplitSeed;
  return mixedHash(`${seed}\u0000${group}`) / 4294967296 < fraction ? 'check' : 'tune';
}

/** Splits rows into the two parts; `groupOf` keeps paraphrases (a template, a source question, a topic) together. */
export function tuneCheckSplit<T>(
  rows: readonly T[],
  groupOf: (row: T) => string,
  options: TuneCheckOptions = {},
): { readonly tune: T[]; readonly check: T[] } {
  const tune: T[] = [];
  const check: T[] = [];
  for (const row of rows) (partOfGroup(groupOf(row), options) === 'check' ? check : tune).push(row);
  return { tune, check };
}
