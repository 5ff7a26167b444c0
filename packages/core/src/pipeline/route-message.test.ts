import { describe, expect, it } from 'vitest';
import { defaultGuardrails } from './answer-pipeline.js';
import { decideRoute, type RouteInput } from './route-message.js';

const route = (question: string, overrides: Partial<RouteInput> = {}) =>
  decideRoute({
    question,
    history: [],
    customer: null,
    safety: null,
    guardrails: defaultGuardrails,
    personas: [],
    knowledgeLanguages: ['en'],
    ...overrides,
  });

describe('decideRoute: language', () => {
  it('never marks a short English question foreign (issue 15)', () => {
    for (const question of [
      'Can I export my workspace as CSV?',
      'How many seats can I have on the team plan?',
      'Is there an API?',
      '2FA setup?',
    ])
      expect(route(question).foreignLanguage, question).toBe(false);
  });

  it('marks a confident Spanish, French or German question foreign when the knowledge is English only', () => {
    for (const [question, language] of [
      ['¿Puedo pagar con transferencia bancaria?', 'es'],
      ['Je voudrais annuler mon abonnement, comment faire ?', 'fr'],
      ['Wie kann ich mein Abonnement kündigen?', 'de'],
    ] as const)
      expect(route(question), question).toMatchObject({ language, languageConfident: true, foreignLanguage: true });
  });

  it('does not mark a language the knowledge is written in foreign', () => {
    expect(route('¿Puedo pagar con transferencia bancaria?', { knowledgeLanguages: ['en', 'es'] }).foreignLanguage).toBe(false);
  });

  it('does not mark a message foreign on a guess it is not confident of', () => {
    expect(route('Do guests count as paid seats?')).toMatchObject({ languageConfident: false, foreignLanguage: false });
  });

  it('carries a Spanish conversation over a message that does not tell', () => {
    const history = [{ speaker: 'customer', text: '¿Puedo pagar con transferencia bancaria?' }];
    expect(route('ok, y el IVA?', { history })).toMatchObject({ language: 'es', languageSource: 'conversation', foreignLanguage: true });
  });

  it('counts a verified locale, and never the customer attributes the caller asserts', () => {
    expect(route('2FA setup?', { customer: { locale: 'es', language: 'es' } }).foreignLanguage).toBe(false);
    expect(route('2FA setup?', { verifiedLocale: 'es-MX' })).toMatchObject({
      language: 'es',
      languageSource: 'verified locale',
      foreignLanguage: true,
    });
  });
});
