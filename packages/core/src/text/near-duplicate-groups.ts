/**
 * Groups near-identical texts: word shingles compared by Jaccard similarity, candidates found by a prefix filter so a
 * large export is not compared pair by pair.
 */
import { words } from './analyze.js';

export interface NearDuplicateOptions {
  /** Texts whose shingle sets have at least this Jaccard similarity are one group. Default `nearDuplicateThreshold`. */
  readonly threshold?: number;
  /** Words per shingle. Default 2: word order counts, yet one changed word breaks only two shingles. */
  readonly shingleSize?: number;
}

/** Near-identical, not merely similar: one greeting or one word in ten may differ. */
export const nearDuplicateThreshold = 0.8;

/** The distinct word n-grams of a text, lowercased without punctuation; a text shorter than `size` is one shingle. */
export function wordShingles(text: string, size = 2): Set<string> {
  const tokens = words(text);
  if (tokens.length === 0) return new Set();
  if (tokens.length <= size) return new Set([tokens.join(' ')]);
  const shingles = new Set<string>();
  for (let i = 0; i + size <= tokens.length; i++) shingles.add(tokens.slice(i, i + size).join(' '));
  return shingles;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * The indexes of `texts` in groups of near-duplicates (transitively: a ~ b and b ~ c puts all three together), each
 * group in input order and the groups ordered by their first member; a text with no words is a group of its own.
 *
 * Exact, not approximate: with shingles ordered rarest first, two sets with Jaccard >= t must share one of the first
 * |x| - ceil(t·|x|) + 1 shingles of each (the prefix filter of all-pairs similarity joins), so only texts sharing a
 * rare shingle are compared.
 */
export function nearDuplicateGroups(texts: readonly string[], options: NearDuplicateOptions = {}): number[][] {
  const threshold = options.threshold ?? nearDuplicateThreshold;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
  const sets = texts.map((text) => wordShingles(text, options.shingleSize));
  const frequency = new Map<string, number>();
  for (const set of sets) for (const shingle of set) frequency.set(shingle, (frequency.get(shingle) ?? 0) + 1);
  const rarestFirst = (a: string, b: string): number => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);

  const parent = texts.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const byPrefix = new Map<string, number[]>();
  for (const [i, set] of sets.entries()) {
    if (set.size === 0) continue;
    const ordered = [...set].sort(rarestFirst);
    const prefix = ordered.slice(0, set.size - Math.ceil(threshold * set.size) + 1);
    const compared = new Set<number>();
    for (const shingle of prefix) {
      for (const j of byPrefix.get(shingle) ?? []) {
        if (compared.has(j)) continue;
        compared.add(j);
        const other = sets[j]!;
        // Size filter: Jaccard >= t needs t·|x| <= |y| <= |x|/t.
        if (other.size < threshold * set.size || other.size * threshold > set.size) continue;
        if (jaccard(set, other) >= threshold) parent[root(i)] = root(j);
      }
    }
    for (const shingle of prefix) {
      const list = byPrefix.get(shingle);
      if (list) list.push(i);
      else byPrefix.set(shingle, [i]);
    }
  }
  const groups = new Map<number, number[]>();
  for (const i of texts.keys()) {
    const key = root(i);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
}
