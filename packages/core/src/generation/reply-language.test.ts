import { describe, expect, it } from 'vitest';
import { checkReplyLanguage } from './reply-language.js';

describe('checkReplyLanguage', () => {
  it('fails a reply confidently in another language than asked', () => {
    expect(checkReplyLanguage('Refunds are issued to the original payment method within 5 business days [c1].', 'es')).toEqual({
      asked: 'es',
      detected: 'en',
      matches: false,
    });
  });

  it('passes a reply in the asked language, its labels, acronyms and menu paths notwithstanding', () => {
    const reply = 'Puedes exportar tu espacio de trabajo como CSV desde Ajustes > Exportar [c1]. La API REST también lo permite [c2].';
    expect(checkReplyLanguage(reply, 'es').matches).toBe(true);
  });

  it('gives a reply too short to tell the benefit of the doubt', () => {
    expect(checkReplyLanguage('Sí [c1].', 'es').matches).toBe(true);
    expect(checkReplyLanguage('OK, done.', 'de').matches).toBe(true);
  });
});
