import { describe, expect, it } from 'vitest';
import { jaccard, nearDuplicateGroups, wordShingles } from './near-duplicate-groups.js';

/** The reference the prefix filter must agree with: every pair compared, groups joined transitively. */
function allPairsGroups(texts: readonly string[], threshold: number): number[][] {
  const sets = texts.map((text) => wordShingles(text));
  const group = texts.map((_, i) => i);
  for (let i = 0; i < texts.length; i++) {
    for (let j = 0; j < i; j++) {
      if (jaccard(sets[i]!, sets[j]!) < threshold) continue;
      const from = group[i]!;
      const to = group[j]!;
      for (let k = 0; k < group.length; k++) if (group[k] === from) group[k] = to;
    }
  }
  const groups = new Map<number, number[]>();
  for (const [i, key] of group.entries()) groups.set(key, [...(groups.get(key) ?? []), i]);
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
}

describe('nearDuplicateGroups', () => {
  it('groups texts that differ only in case, punctuation and one word in many, and keeps different questions apart', () => {
    const texts = [
      'The bot told me refunds take 24 hours but it has been a week and I still have no refund for my order',
      'How do I reset my password?',
      'the bot told me refunds take 24 hours, but it has been a week and I still have no refund for my order!!',
      'The bot told me refunds take 24 hours but it has been a month and I still have no refund for my order',
      'How do I change my email address?',
    ];
    expect(nearDuplicateGroups(texts)).toEqual([[0, 2, 3], [1], [4]]);
  });

  it('honours the threshold: a looser one merges what a stricter one keeps apart', () => {
    const texts = ['my parcel never arrived and tracking shows nothing', 'my parcel never arrived and tracking says delivered'];
    expect(jaccard(wordShingles(texts[0]!), wordShingles(texts[1]!))).toBeCloseTo(5 / 9, 5);
    expect(nearDuplicateGroups(texts, { threshold: 0.8 })).toEqual([[0], [1]]);
    expect(nearDuplicateGroups(texts, { threshold: 0.5 })).toEqual([[0, 1]]);
  });

  it('never merges texts without words', () => {
    expect(nearDuplicateGroups(['', '!!!', 'hello there'])).toEqual([[0], [1], [2]]);
  });

  it('finds exactly the groups an all-pairs comparison finds', () => {
    // Variants of a few templates with words swapped, so similarities fall on both sides of the threshold.
    const templates = [
      'i was charged twice for order 7731 please refund the second charge',
      'the app crashes every time i open the settings page on android',
      'your assistant said delivery is free over 50 euros but i was charged shipping',
    ];
    const fillers = ['please', 'today', 'again', 'now', 'thanks', 'urgent'];
    const texts: string[] = [];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 120; i++) {
      const tokens = templates[next(templates.length)]!.split(' ');
      for (let edits = next(4); edits > 0; edits--) tokens[next(tokens.length)] = fillers[next(fillers.length)]!;
      texts.push(tokens.join(' '));
    }
    for (const threshold of [0.6, 0.8, 0.9]) expect(nearDuplicateGroups(texts, { threshold })).toEqual(allPairsGroups(texts, threshold));
  });
});
