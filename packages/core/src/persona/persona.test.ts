import { describe, expect, it } from 'vitest';
import type { Citation } from '@switchboard/spec';
import { applyPersona, personaPrompt, type GroundedSentence } from './apply-persona.js';
import { choosePersona, type PersonaRule } from './choose-persona.js';

const citation = (index: number, path: string): Citation => ({
  index,
  chunkId: `c${index}`,
  documentId: `d${index}`,
  title: `T${index}`,
  section: '',
  path,
  url: null,
  page: null,
});
const citations = [citation(1, 'kb/api/keys.md'), citation(2, 'kb/api/limits.md')];
const sentences: GroundedSentence[] = [
  { text: 'API keys are created in Settings under Developer.', citation: 1, kind: 'sentence', block: 0, score: 0.9 },
  { text: 'Each key can be limited to read-only scopes.', citation: 1, kind: 'sentence', block: 0, score: 0.4 },
  {
    text: 'Send the key in the header: `curl -H "Authorization: Bearer $KEY" https://api.example.com/v1/me`.',
    citation: 2,
    kind: 'sentence',
    block: 0,
    score: 0.7,
  },
];
const escalation = { queue: 'Customer Support', hours: 'weekdays 9-5' };

describe('persona overlays', () => {
  it('renders the same grounded answer in each persona without adding facts', () => {
    const enterprise = applyPersona('enterprise', sentences, citations, escalation);
    expect(enterprise.text).toBe(
      'Thank you for your question.\n\nAPI keys are created in Settings under Developer. Each key can be limited to read-only scopes. [1]\n\n' +
        'Send the key in the header: `curl -H "Authorization: Bearer $KEY" https://api.example.com/v1/me`. [2]\n\n' +
        'Should you need further assistance, our Customer Support team can take this on (weekdays 9-5).',
    );
    expect(enterprise.citations).toEqual(citations);

    const selfServe = applyPersona('self-serve', sentences, citations, escalation);
    expect(selfServe.text).toBe(
      'API keys are created in Settings under Developer. [1]\n\nSend the key in the header: `curl -H "Authorization: Bearer $KEY" https://api.example.com/v1/me`. [2]',
    );

    const developer = applyPersona('developer', sentences, citations, escalation);
    expect(developer.text.startsWith('Send the key in the header: `curl')).toBe(true);
    expect(developer.text).toContain('https://api.example.com/v1/me`. [1]\n\nAPI keys are created');
    expect(developer.citations.map((c) => [c.index, c.path])).toEqual([
      [1, 'kb/api/limits.md'],
      [2, 'kb/api/keys.md'],
    ]);
    for (const rendered of [enterprise, selfServe, developer])
      for (const piece of rendered.text.split(/\s*\[\d\]\s*|\n+|(?<=\.) (?=[A-Z])/).filter(Boolean))
        expect(sentences.some((s) => s.text === piece) || /Thank you|Should you need/.test(piece), piece).toBe(true);
  });

  it('keeps a procedure whole and numbered in every persona: short means the steps, not two of them', () => {
    const procedure: GroundedSentence[] = [
      { text: 'To create a key:', citation: 1, kind: 'sentence', block: 0, score: 0.8 },
      ...['Open Settings > Developer.', 'Click Create key.', 'Copy the key.'].map((text, i): GroundedSentence => ({
        text,
        citation: 1,
        kind: 'step',
        block: 1,
        number: i + 1,
        score: 0.8,
      })),
    ];
    const selfServe = applyPersona('self-serve', procedure, citations, escalation);
    expect(selfServe.text).toBe('1. Open Settings > Developer.\n2. Click Create key.\n3. Copy the key. [1]');
    const enterprise = applyPersona('enterprise', procedure, citations, escalation);
    expect(enterprise.text).toContain('To create a key:\n1. Open Settings > Developer.\n2. Click Create key.\n3. Copy the key. [1]');
  });

  it('exposes the persona as prompt text for the LLM', () => {
    expect(personaPrompt('enterprise', escalation)).toContain('Customer Support team (weekdays 9-5)');
    expect(personaPrompt('developer', escalation)).toMatch(/code/);
    expect(personaPrompt('self-serve', escalation)).toMatch(/short/);
  });

  it('chooses the persona from customer facts by the first matching rule', () => {
    const rules: PersonaRule[] = [
      { when: { role: 'developer' }, persona: 'developer' },
      { when: { plan: ['enterprise'] }, persona: 'enterprise' },
      { when: { plan: ['free', 'team'] }, persona: 'self-serve' },
    ];
    expect(choosePersona({ plan: 'Enterprise' }, rules)).toBe('enterprise');
    expect(choosePersona({ plan: 'enterprise', role: 'developer' }, rules)).toBe('developer');
    expect(choosePersona({ plan: 'team' }, rules)).toBe('self-serve');
    expect(choosePersona({ plan: 'unknown' }, rules)).toBeNull();
    expect(choosePersona(null, rules)).toBeNull();
  });
});
