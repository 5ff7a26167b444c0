import { describe, expect, it } from 'vitest';
import { probeRules, probeVariant, probeVariants, type ProbeRule } from './probe-variants.js';

const question = 'How long do I have to ask for a refund if I cancel my annual plan?';

/** The words of two texts that differ, position by position (both must have as many words). */
function changedWords(before: string, after: string): [string, string][] {
  const a = before.split(' ');
  const b = after.split(' ');
  expect(b).toHaveLength(a.length);
  return a.flatMap((word, i) => (word === b[i] ? [] : [[word, b[i]!] as [string, string]]));
}

const rowOf = (letter: string): string | undefined => ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].find((row) => row.includes(letter));

describe('probeVariants', () => {
  it('gives one variant per rule, each named after its rule and different from the message', () => {
    const variants = probeVariants(question);
    expect(variants.map((variant) => variant.rule)).toEqual([...probeRules]);
    for (const variant of variants) expect(variant.text).not.toBe(question);
    expect(new Set(variants.map((variant) => variant.text)).size).toBe(variants.length);
  });

  it('is deterministic for a seed, and another seed moves the typos', () => {
    expect(probeVariants(question, { seed: 7 })).toEqual(probeVariants(question, { seed: 7 }));
    const typos = (seed: number) =>
      probeVariants(question, { seed, rules: ['typo-adjacent-key', 'typo-dropped-letter'] }).map((variant) => variant.text);
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8].map(typos).map((texts) => texts.join('|'));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('replaces one inner letter of one word with a key beside it on the keyboard', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const text = probeVariant(question, 'typo-adjacent-key', seed);
      const [[before, after]] = changedWords(question, text) as [[string, string]];
      expect(after).toHaveLength(before.length);
      const at = [...before].findIndex((letter, i) => letter !== after[i]);
      expect(at).toBeGreaterThan(0);
      const [typed, meant] = [after[at]!, before[at]!];
      const row = rowOf(meant)!;
      expect(Math.abs(row.indexOf(typed) - row.indexOf(meant))).toBe(1);
      expect(before.slice(at + 1)).toBe(after.slice(at + 1));
    }
  });

  it('drops one inner letter of one word and keeps its first and last letters', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const text = probeVariant(question, 'typo-dropped-letter', seed);
      expect(text).toHaveLength(question.length - 1);
      const [[before, after]] = changedWords(question, text) as [[string, string]];
      expect(before.length).toBeGreaterThanOrEqual(4);
      expect(after[0]).toBe(before[0]);
      expect(after.at(-1)).toBe(before.at(-1));
      expect([...before].some((_, i) => before.slice(0, i) + before.slice(i + 1) === after)).toBe(true);
    }
  });

  it('never puts a typo in an order id, an email address, an amount or a capitalised name', () => {
    const message = 'Cancel #W7821075 for ada.moreno6209@example.com about SSO and $120';
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
      for (const rule of ['typo-adjacent-key', 'typo-dropped-letter'] as const) {
        const text = probeVariant(message, rule, seed);
        expect(text).toContain('#W7821075');
        expect(text).toContain('ada.moreno6209@example.com');
        expect(text).toContain('SSO');
        expect(text).toContain('$120');
        expect(text).not.toBe(message);
      }
    expect(probeVariants('yes, #W7821075', { rules: ['typo-adjacent-key', 'typo-dropped-letter'] })).toEqual([]);
  });

  it('lower- and upper-cases the message but not the customer data in it', () => {
    const message = 'Please cancel order #W7821075 for Ada.Moreno@Example.com';
    expect(probeVariant(message, 'lowercase')).toBe('please cancel order #W7821075 for Ada.Moreno@Example.com');
    expect(probeVariant(message, 'uppercase')).toBe('PLEASE CANCEL ORDER #W7821075 FOR Ada.Moreno@Example.com');
  });

  it('adds politeness and filler: an opening that continues into the question, and a thanks', () => {
    expect(probeVariant('How do I cancel my subscription?', 'polite-opening')).toBe(
      'Hi, quick question — how do I cancel my subscription?',
    );
    expect(probeVariant('I lost my phone', 'polite-opening')).toBe('Hi, quick question — I lost my phone');
    expect(probeVariant('SSO keeps failing', 'polite-opening')).toBe('Hi, quick question — SSO keeps failing');
    expect(probeVariant('How do I cancel my subscription?', 'thanks-closing')).toBe('How do I cancel my subscription? Thanks!');
    expect(probeVariant('I want to cancel my order', 'thanks-closing')).toBe('I want to cancel my order, thanks!');
  });

  it('moves a trailing clause to the front', () => {
    expect(probeVariant(question, 'clause-first')).toBe('If I cancel my annual plan, how long do I have to ask for a refund?');
    expect(probeVariant('My workspace is read-only because my card payment failed', 'clause-first')).toBe(
      'Because my card payment failed, my workspace is read-only',
    );
  });

  it('leaves word order alone where moving a clause is not safe', () => {
    const unsafe = [
      'How long after approval do card refunds take?', // "after" is not followed by a clause's subject
      'When is the maintenance window?', // the clause is already first
      'Hi, can I get a refund if I cancel?', // another comma: the opening would land in the middle
      'I cancelled. Can I get a refund if I cancel again?', // two sentences
      'Can I get a refund if I cancel when the trial ends?', // two subordinating words
      'Refund if possible', // too short on each side
    ];
    for (const text of unsafe) expect(probeVariant(text, 'clause-first'), text).toBe(text);
    expect(probeVariants('When is the maintenance window?').map((variant) => variant.rule)).not.toContain('clause-first');
  });

  it('opens with a greeting in Spanish or French', () => {
    expect(probeVariant('How do I cancel?', 'greeting-es')).toBe('Hola! How do I cancel?');
    expect(probeVariant('How do I cancel?', 'greeting-fr')).toBe('Bonjour, how do I cancel?');
  });

  it('applies only the rules asked for, in the order asked', () => {
    const rules: ProbeRule[] = ['greeting-fr', 'lowercase'];
    expect(probeVariants('How do I cancel?', { rules })).toEqual([
      { rule: 'greeting-fr', text: 'Bonjour, how do I cancel?' },
      { rule: 'lowercase', text: 'how do i cancel?' },
    ]);
  });
});
