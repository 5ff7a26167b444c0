import { describe, expect, it } from 'vitest';
import { crossIntentRuns } from './cross-intent-runs.js';

const examples = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].flatMap((label) =>
  Array.from({ length: 8 }, (_, i) => ({ text: `${label} message ${i}`, label })),
);

describe('crossIntentRuns', () => {
  const runs = crossIntentRuns([...examples, { text: 'what is the weather', label: 'oos' }], 0.25);

  it('holds each intent out of training in one run and tests its rows there as oos', () => {
    expect(runs).toHaveLength(4);
    const heldOut = runs.flatMap((run) => [...new Set(run.test.filter((row) => row.label === 'oos').map((row) => row.text[0]))]);
    expect(heldOut.sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    for (const run of runs) {
      const trained = new Set(run.train.map((row) => row.label));
      expect(trained.size).toBe(6);
      for (const row of run.test.filter((row) => row.label === 'oos')) expect(trained.has(row.text[0]!)).toBe(false);
    }
  });

  it('tests on a share of the trained intents rows that training never sees, and leaves the file oos rows out', () => {
    for (const run of runs) {
      const inScope = run.test.filter((row) => row.label !== 'oos');
      expect(inScope).toHaveLength(6 * 2);
      const trainTexts = new Set(run.train.map((row) => row.text));
      expect(inScope.some((row) => trainTexts.has(row.text))).toBe(false);
      expect(run.train.some((row) => row.label === 'oos')).toBe(false);
      expect(run.test.some((row) => row.text === 'what is the weather')).toBe(false);
    }
  });

  it('refuses a fraction outside (0, 0.5] and a file with too few intents', () => {
    expect(() => crossIntentRuns(examples, 0)).toThrow(/--cross-intent/);
    expect(() => crossIntentRuns(examples, 0.8)).toThrow(/--cross-intent/);
    expect(() => crossIntentRuns(examples, Number('x'))).toThrow(/--cross-intent/);
    expect(() => crossIntentRuns(examples.slice(0, 16), 0.25)).toThrow(/at least three intents/);
  });
});
