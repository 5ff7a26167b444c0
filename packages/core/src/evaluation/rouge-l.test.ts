import { describe, expect, it } from 'vitest';
import { longestCommonSubsequence, rougeL, rougeTokens } from './rouge-l.js';

describe('rougeTokens', () => {
  it('lowercases and splits on anything that is not a letter or digit', () => {
    expect(rougeTokens("Press the HOME button [1], then 'Settings'.")).toEqual(['press', 'the', 'home', 'button', '1', 'then', 'settings']);
  });
});

describe('longestCommonSubsequence', () => {
  it('counts tokens in order, not necessarily adjacent', () => {
    expect(longestCommonSubsequence(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'e', 'x'])).toBe(3);
    expect(longestCommonSubsequence(['x', 'y'], ['y', 'x'])).toBe(1);
    expect(longestCommonSubsequence([], ['a'])).toBe(0);
  });
});

describe('rougeL', () => {
  it('matches the rouge-score example: "the quick brown fox jumps over the lazy dog" vs "the quick brown dog jumps on the log"', () => {
    // LCS = the quick brown jumps the = 5; P = 5/8 (candidate has 8 tokens), R = 5/9, F = 2PR/(P+R) = 10/17.
    const score = rougeL('The quick brown dog jumps on the log.', 'The quick brown fox jumps over the lazy dog');
    expect(score.precision).toBeCloseTo(5 / 8, 10);
    expect(score.recall).toBeCloseTo(5 / 9, 10);
    expect(score.f1).toBeCloseTo(10 / 17, 10);
  });

  it('is 1 for the same words in a different case and punctuation', () => {
    expect(rougeL('Turn the TV off!', 'turn the tv off').f1).toBe(1);
  });

  it('rewards order: a reversed sentence shares one token of LCS', () => {
    // candidate a b c, reference c b a: LCS 1, P = R = 1/3, F = 1/3.
    expect(rougeL('a b c', 'c b a').f1).toBeCloseTo(1 / 3, 10);
  });

  it('gives 0 when either side is empty or nothing is shared', () => {
    expect(rougeL('', 'reference words')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(rougeL('alpha beta', 'gamma delta')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('penalises a long candidate through precision', () => {
    // LCS = 2 (press home); P = 2/6, R = 2/2, F = 2·(1/3)·1/(1/3 + 1) = 1/2.
    expect(rougeL('press home and then wait here', 'press home').f1).toBeCloseTo(0.5, 10);
  });
});
