/** ROUGE-L as the rouge-score package computes it: LCS over lowercased word tokens, F-measure with beta = 1, no stemming. */

export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * rouge-score lowercases and keeps runs of [a-z0-9]; letters and digits of any script are kept here, which is the
 * same on English text and does not silently drop accented words ("café") on other text.
 */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Length of the longest common subsequence of two token lists, in O(n·m) time and O(m) space. */
export function longestCommonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const tokenA of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = tokenA === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** ROUGE-L of a candidate against one reference; every figure is 0 when either side has no tokens. */
export function rougeL(candidate: string, reference: string): RougeScore {
  const candidateTokens = rougeTokens(candidate);
  const referenceTokens = rougeTokens(reference);
  if (candidateTokens.length === 0 || referenceTokens.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const lcs = longestCommonSubsequence(candidateTokens, referenceTokens);
  const precision = lcs / candidateTokens.length;
  const recall = lcs / referenceTokens.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
