import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it('reads short English support questions as English (issue 15: "Can I export my workspace as CSV?" was Hungarian)', () => {
    for (const question of [
      'Can I export my workspace as CSV?',
      'Can I pay by bank transfer?',
      'Can I get a refund?',
      'How long is the password reset link valid?',
    ])
      expect(detectLanguage(question).language, question).toBe('en');
  });

  it('tells the other common support languages apart', () => {
    expect(detectLanguage('¿Cómo cambio mi contraseña?').language).toBe('es');
    expect(detectLanguage('Comment réinitialiser mon mot de passe ?').language).toBe('fr');
    expect(detectLanguage('Wie setze ich mein Passwort zurück?').language).toBe('de');
    expect(detectLanguage('Come posso cambiare la mia password?').language).toBe('it');
    expect(detectLanguage('Hoe wijzig ik mijn wachtwoord?').language).toBe('nl');
    expect(detectLanguage('Como altero a minha senha?').language).toBe('pt');
  });

  it('leaves a message too short to tell undetermined', () => {
    expect(detectLanguage('agent')).toEqual({ language: null, accuracy: 0 });
  });
});
