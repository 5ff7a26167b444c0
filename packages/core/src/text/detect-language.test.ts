import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it('reads short English support questions as English (issue 15: "Can I export my workspace as CSV?" was Hungarian)', () => {
    for (const question of [
      'Can I export my workspace as CSV?',
      'How many seats can I have on the team plan?',
      'Is there an API?',
      'Can I pay by bank transfer?',
      'Can I get a refund?',
      'How long is the password reset link valid?',
      'I forgot my password',
    ])
      expect(detectLanguage(question), question).toMatchObject({ language: 'en', confident: true });
  });

  it('never reads a short English message confidently as another language (issue 15)', () => {
    for (const message of [
      '2FA setup?',
      'Do guests count as paid seats?',
      // tinyld alone reads these as Tagalog at full accuracy.
      "My top-up hasn't gone through",
      'Are top-ups allowed using Apple Pay?',
      'Export to CSV?',
      'Notification emails stopped',
    ]) {
      const detected = detectLanguage(message);
      expect(detected.language === 'en' || !detected.confident, `${message}: ${JSON.stringify(detected)}`).toBe(true);
    }
  });

  it('tells the other common support languages apart, confidently', () => {
    expect(detectLanguage('¿Cómo cambio mi contraseña?')).toMatchObject({ language: 'es', confident: true });
    expect(detectLanguage('¿Puedo pagar con transferencia bancaria?')).toMatchObject({ language: 'es', confident: true });
    expect(detectLanguage('Comment réinitialiser mon mot de passe ?')).toMatchObject({ language: 'fr', confident: true });
    expect(detectLanguage('Je voudrais annuler mon abonnement, comment faire ?')).toMatchObject({ language: 'fr', confident: true });
    expect(detectLanguage('Wie setze ich mein Passwort zurück?')).toMatchObject({ language: 'de', confident: true });
    expect(detectLanguage('Wie kann ich mein Abonnement kündigen?')).toMatchObject({ language: 'de', confident: true });
    expect(detectLanguage('Come posso cambiare la mia password?').language).toBe('it');
    expect(detectLanguage('Hoe wijzig ik mijn wachtwoord?').language).toBe('nl');
    expect(detectLanguage('Como altero a minha senha?').language).toBe('pt');
  });

  it('trusts character n-grams alone on another script or on letters English does not use', () => {
    expect(detectLanguage('Как сбросить пароль от моего аккаунта?')).toMatchObject({ language: 'ru', confident: true });
    expect(detectLanguage('Hur ändrar jag mitt lösenord?')).toMatchObject({ language: 'sv', confident: true });
  });

  it('does not let an acronym make a Spanish sentence Hungarian', () => {
    expect(detectLanguage('Puedes exportar tu espacio de trabajo como CSV desde Ajustes.')).toMatchObject({ language: 'es' });
  });

  it('leaves a message too short to tell undetermined and not confident', () => {
    expect(detectLanguage('agent')).toEqual({ language: null, accuracy: 0, confident: false });
    expect(detectLanguage('ok, y el IVA?')).toMatchObject({ language: null, confident: false });
  });
});
