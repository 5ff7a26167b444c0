import { describe, expect, it } from 'vitest';
import { chooseLabels, fillLabel } from './choose-labels.js';
import { labelTables } from './labels.js';

describe('chooseLabels', () => {
  it('speaks at least the ten languages the widget promises', () => {
    expect(Object.keys(labelTables).sort()).toEqual(['de', 'en', 'es', 'fr', 'hu', 'it', 'nl', 'pl', 'pt', 'sv']);
  });

  it('matches on the primary subtag, whatever the case or separator', () => {
    expect(chooseLabels(['de-AT']).language).toBe('de');
    expect(chooseLabels(['PT_br']).language).toBe('pt');
    expect(chooseLabels(['sv']).labels.openChat).toBe('Öppna chatten');
  });

  it('takes the first preference it speaks: data-lang before the browser languages', () => {
    expect(chooseLabels(['fr', 'de-DE', 'en']).language).toBe('fr');
    expect(chooseLabels([undefined, 'ja-JP', 'hu', 'en']).language).toBe('hu');
  });

  it('falls back to English for languages it does not speak, and for names of Object members', () => {
    expect(chooseLabels(['ja', 'zh-CN']).language).toBe('en');
    expect(chooseLabels([]).labels.openChat).toBe('Open chat');
    expect(chooseLabels(['constructor', '__proto__', 'toString']).language).toBe('en');
  });

  it('gives every language every label, with the placeholders the English one has', () => {
    const english = labelTables.en!;
    const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [language, labels] of Object.entries(labelTables)) {
      expect(Object.keys(labels).sort(), language).toEqual(Object.keys(english).sort());
      for (const [name, text] of Object.entries(labels)) {
        expect(text.trim(), `${language}.${name}`).not.toBe('');
        expect(placeholders(text), `${language}.${name}`).toEqual(placeholders(english[name as keyof typeof english]));
      }
    }
  });
});

describe('fillLabel', () => {
  it('fills named placeholders', () => {
    expect(fillLabel('{name} has joined the conversation', { name: 'Dana' })).toBe('Dana has joined the conversation');
    expect(fillLabel('Source {n}: {title}', { n: 2, title: 'Refunds' })).toBe('Source 2: Refunds');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(fillLabel('{name} is helping you', {})).toBe('{name} is helping you');
  });
});
