import { describe, expect, it } from 'vitest';
import { customerLanguage } from './customer-language.js';

const spanishConversation = [
  { speaker: 'customer', text: 'Hola, ¿cómo cambio la dirección de facturación de mi cuenta?' },
  { speaker: 'bot', text: 'Go to Settings > Billing and edit the address. [1]' },
  { speaker: 'customer', text: '¿Y puedo pagar con transferencia bancaria?' },
  { speaker: 'bot', text: 'Yes, on annual plans. [1]' },
];

describe('customerLanguage', () => {
  it('keeps a Spanish conversation Spanish when its third message does not tell ("ok, y el IVA?")', () => {
    expect(customerLanguage({ message: 'ok, y el IVA?', history: spanishConversation })).toMatchObject({
      language: 'es',
      confident: true,
      source: 'conversation',
    });
  });

  it('keeps a French conversation French on "ok thanks"', () => {
    const history = [{ speaker: 'customer', text: 'Bonjour, comment puis-je changer mon mot de passe ?' }];
    expect(customerLanguage({ message: 'ok thanks', history })).toMatchObject({ language: 'fr', source: 'conversation' });
  });

  it('reads the customer side only, and dstc-style "U" turns as the customer', () => {
    const history = [
      { speaker: 'U', text: 'Wie kann ich mein Abonnement kündigen?' },
      { speaker: 'bot', text: 'Bonjour ! Comment puis-je vous aider aujourd’hui avec votre compte ?' },
    ];
    expect(customerLanguage({ message: 'ok danke', history })).toMatchObject({ language: 'de', source: 'conversation' });
  });

  it('takes a message that tells its language at its word, whatever the conversation was in', () => {
    expect(customerLanguage({ message: 'Is there an API?', history: spanishConversation })).toMatchObject({
      language: 'en',
      confident: true,
      source: 'message',
    });
  });

  it('falls back to a verified locale when neither the message nor the conversation tells', () => {
    expect(customerLanguage({ message: '2FA setup?', history: [], verifiedLocale: 'pt-BR' })).toEqual({
      language: 'pt',
      accuracy: 1,
      confident: true,
      source: 'verified locale',
    });
    expect(customerLanguage({ message: 'ok, y el IVA?', history: spanishConversation, verifiedLocale: 'de' }).language).toBe('es');
  });

  it('stays undetermined and not confident with nothing to go on, or a locale that is not one', () => {
    expect(customerLanguage({ message: '2FA setup?', history: [] })).toMatchObject({ language: null, confident: false, source: 'message' });
    expect(customerLanguage({ message: '2FA setup?', history: [], verifiedLocale: 'not a locale' }).confident).toBe(false);
  });
});
