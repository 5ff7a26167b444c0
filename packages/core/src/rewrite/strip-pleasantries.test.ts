import { describe, expect, it } from 'vitest';
import { stripPleasantries } from './strip-pleasantries.js';

describe('stripPleasantries', () => {
  it('takes greetings, politeness formulas and thanks off the question', () => {
    const cases: [string, string][] = [
      ['Hi, quick question — how long does a refund take?', 'how long does a refund take?'],
      ['Hello there! Can I pay by bank transfer?', 'Can I pay by bank transfer?'],
      ['hey team, I have a question: where are my invoices', 'where are my invoices'],
      ['How do I export my data? Thanks!', 'How do I export my data?'],
      ['how do I export my data, thanks in advance', 'how do I export my data'],
      ['Hola! ¿Puedo pagar con transferencia?', '¿Puedo pagar con transferencia?'],
      ['Bonjour, comment exporter mes données ? Merci beaucoup', 'comment exporter mes données ?'],
      ['Good morning, sorry to bother you. My invoice is wrong. Cheers', 'My invoice is wrong.'],
      ['hi can I change my plan?', 'can I change my plan?'],
    ];
    for (const [text, expected] of cases) expect(stripPleasantries(text), text).toBe(expected);
  });

  it('leaves a question with no pleasantries, words that only start like one, and a bare greeting as written', () => {
    for (const text of [
      'How do I turn on two-factor authentication?',
      'History of my payments',
      'Hello world example for the API',
      'Thanksgiving opening hours',
      'Hi!',
      'thanks',
    ])
      expect(stripPleasantries(text), text).toBe(text);
  });
});
