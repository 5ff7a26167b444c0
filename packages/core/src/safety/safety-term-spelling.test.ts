import { describe, expect, it } from 'vitest';
import { shippedSafetyModels } from '@switchboard/models';
import { createDefaultSafetyFilter } from './default-safety-filter.js';
import { createSafetyTermSpelling } from './safety-term-spelling.js';

const filter = createDefaultSafetyFilter({ models: shippedSafetyModels, embeddingModel: false });

describe('safety words typed wrong', () => {
  it('reads a word one edit from a safety word as that word', () => {
    expect(createSafetyTermSpelling().correct('expect to hear from my atorney, I will take you to cuort')).toEqual({
      corrected: 'expect to hear from my attorney, I will take you to court',
      corrections: [
        { from: 'atorney', to: 'attorney' },
        { from: 'cuort', to: 'court' },
      ],
    });
  });

  it('leaves other forms of the word, short words and common neighbours as written', () => {
    for (const text of ['we need regulatory approval', 'I disputed it', 'lawyers', 'I count on you', 'sue'])
      expect(createSafetyTermSpelling().correct(text).corrections, text).toEqual([]);
  });

  it('hands a misspelt mandatory-handoff message to a person, naming the correction', () => {
    const cases: [string, string, string][] = [
      ['expect to hear from my atorney', 'legal_threat', 'spelling:atorney->attorney'],
      ['I am contacting my lawer about this', 'legal_threat', 'spelling:lawer->lawyer'],
      ['I want to file a chargebak', 'financial_dispute', 'spelling:chargebak->chargeback'],
      ['I feel sucidal', 'self_harm', 'spelling:sucidal->suicidal'],
    ];
    for (const [text, category, correction] of cases) {
      const check = filter.check(text);
      expect([check.category, check.action], text).toEqual([category, 'handoff']);
      expect(check.matchedRules, text).toContain(correction);
    }
  });

  it('changes nothing a message as written already decides, and nothing when turned off', () => {
    expect(filter.check('How do I see my invoices?').category).toBeNull();
    expect(filter.check('I am contacting my lawyer about this').matchedRules).not.toContainEqual(expect.stringMatching(/^spelling:/));
    const literal = createDefaultSafetyFilter({ models: shippedSafetyModels, embeddingModel: false, spelling: false });
    expect(literal.check('I feel sucidal').matchedRules).not.toContain('spelling:sucidal->suicidal');
  });
});
