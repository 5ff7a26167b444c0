/** Rank fusion of several ranked lists: reciprocal-rank fusion and normalised weighted fusion. */

export interface ScoredId {
  readonly id: string;
  readonly score: number;
}

export interface FusedId {
  readonly id: string;
  readonly score: number;
  /** Each input list's contribution, in input order (0 when the id was absent). */
  readonly parts: readonly number[];
}

/** RRF (Cormack et al., 2009): Σ wᵢ / (k + rankᵢ), rank from 1. */
export function reciprocalRankFusion(lists: readonly (readonly ScoredId[])[], weights: readonly number[], k = 60): FusedId[] {
  return combine(lists, (list) => list.map((hit, rank) => (1 / (k + rank + 1)) as number), weights);
}

/** Min-max normalises each list's scores to [0, 1], then sums them with weights. */
export function weightedFusion(lists: readonly (readonly ScoredId[])[], weights: readonly number[]): FusedId[] {
  return combine(
    lists,
    (list) => {
      const scores = list.map((hit) => hit.score);
      const max = Math.max(...scores);
      const min = Math.min(...scores);
      return scores.map((score) => (max === min ? 1 : (score - min) / (max - min)));
    },
    weights,
  );
}

function combine(
  lists: readonly (readonly ScoredId[])[],
  transform: (list: readonly ScoredId[]) => number[],
  weights: readonly number[],
): FusedId[] {
  const fused = new Map<string, number[]>();
  lists.forEach((list, listIndex) => {
    const values = transform(list);
    list.forEach((hit, i) => {
      let parts = fused.get(hit.id);
      if (!parts) fused.set(hit.id, (parts = new Array<number>(lists.length).fill(0)));
      parts[listIndex] = Math.max(parts[listIndex]!, (weights[listIndex] ?? 1) * values[i]!);
    });
  });
  return [...fused.entries()]
    .map(([id, parts]) => ({ id, parts, score: parts.reduce((sum, part) => sum + part, 0) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
