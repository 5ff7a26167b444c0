import { describe, expect, it } from 'vitest';
import { playProbes, probeCase } from './probes.js';
import type { PlayedCase, PlayedReply, SuiteCase } from './suite-types.js';

const cancel: SuiteCase = {
  id: 'cancel-pending',
  turns: ['I want to cancel my order #W7821075', 'it is ada.moreno6209@example.com', 'it was ordered by mistake', 'yes'],
  customer: { plan: 'gold' },
  expect: { actions: [{ tool: 'cancel_pending_order' }] },
};

const reply = (turn: number, intent: string | null, handoff: PlayedReply['handoff'] = null): PlayedReply => ({
  turn,
  text: 'reply',
  citations: [],
  confidence: 1,
  handoff,
  intent: intent ? { label: intent, confidence: 0.9 } : null,
  language: 'en',
  faithfulness: 1,
  unloggedActionClaims: [],
  traceId: `trace-${turn}`,
  milliseconds: 1,
  costUsd: 0,
});

describe('probeCase', () => {
  it('makes one variant per rule, with its own id, the rule named, and the expectations and customer of the case', () => {
    const variants = probeCase(cancel);
    expect(variants.map((variant) => variant.id)).toContain('cancel-pending~uppercase');
    for (const variant of variants) {
      expect(variant.id).toBe(`cancel-pending~${variant.rule}`);
      expect(variant.of).toBe('cancel-pending');
      expect(variant.expect).toBe(cancel.expect);
      expect(variant.customer).toBe(cancel.customer);
      expect(variant.turns).toHaveLength(cancel.turns.length);
      expect(variant.turns).not.toEqual(cancel.turns);
    }
  });

  it('greets once, in the first turn, but types in capitals throughout', () => {
    const byRule = Object.fromEntries(probeCase(cancel).map((variant) => [variant.rule, variant.turns]));
    expect(byRule['greeting-es']).toEqual(['Hola! I want to cancel my order #W7821075', ...cancel.turns.slice(1)]);
    expect(byRule['uppercase']).toEqual([
      'I WANT TO CANCEL MY ORDER #W7821075',
      'IT IS ada.moreno6209@example.com',
      'IT WAS ORDERED BY MISTAKE',
      'YES',
    ]);
  });

  it('leaves out a rule that changes nothing in the case', () => {
    const rules = probeCase({ id: 'short', turns: ['yes'], expect: {} }).map((variant) => variant.rule);
    expect(rules).not.toContain('clause-first');
    expect(rules).not.toContain('typo-dropped-letter');
    expect(rules).toContain('uppercase');
  });

  it('makes the same variants for the same seed', () => {
    expect(probeCase(cancel, { seed: 3 })).toEqual(probeCase(cancel, { seed: 3 }));
  });
});

describe('playProbes', () => {
  it('plays each variant with the case, and reports the variants whose intent or handoff changed', async () => {
    const heard: string[][] = [];
    // A bot that mistakes a typed-in-capitals request for a return, and hands a Spanish greeting to a person.
    const play = async (turns: readonly string[], testCase: SuiteCase): Promise<PlayedCase> => {
      heard.push([...turns]);
      expect(testCase.customer).toEqual({ plan: 'gold' });
      const first = turns[0]!;
      if (first.startsWith('Hola'))
        return { replies: [reply(1, 'cancel_order', { mode: 'transferred', reason: 'customer_request' })], actions: [] };
      const intent = first === first.toUpperCase() ? 'return_items' : 'cancel_order';
      return { replies: turns.map((_, index) => reply(index + 1, intent)), actions: [] };
    };
    const { consistency, variants } = await playProbes(cancel, play, { rules: ['lowercase', 'uppercase', 'greeting-es', 'greeting-fr'] });
    expect(heard).toHaveLength(5);
    expect(heard[0]).toEqual(cancel.turns);
    expect(variants.map(({ variant }) => variant.rule)).toEqual(['lowercase', 'uppercase', 'greeting-es', 'greeting-fr']);
    expect(consistency.id).toBe('cancel-pending');
    expect(consistency.rate).toBe(0.5);
    expect(consistency.variants.filter((variant) => !variant.kept).map((variant) => variant.rule)).toEqual(['uppercase', 'greeting-es']);
  });

  it('does not play the case again when the run already did', async () => {
    const original: PlayedCase = { replies: [reply(1, 'cancel_order')], actions: [] };
    let plays = 0;
    const play = async (): Promise<PlayedCase> => {
      plays += 1;
      return original;
    };
    const { consistency } = await playProbes({ id: 'one', turns: ['Cancel my order please'], expect: {} }, play, {
      original,
      rules: ['lowercase', 'greeting-fr'],
    });
    expect(plays).toBe(2);
    expect(consistency.rate).toBe(1);
  });
});
