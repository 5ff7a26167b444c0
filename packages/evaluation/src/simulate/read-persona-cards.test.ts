import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPersonaCards } from './read-persona-cards.js';

let workspace: string;
beforeEach(() => (workspace = mkdtempSync(join(tmpdir(), 'sb-personas-'))));
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

function write(lines: readonly string[]): string {
  const file = join(workspace, 'personas.yaml');
  writeFileSync(file, lines.join('\n'));
  return file;
}
function problemsOf(file: string): string {
  try {
    readPersonaCards(file, workspace);
  } catch (error) {
    expect(error).toMatchObject({ code: 'DATASET_INVALID' });
    return (error as Error).message;
  }
  throw new Error('expected the cards to be refused');
}

describe('readPersonaCards', () => {
  it('reads each card with its facts and verified attributes', () => {
    const file = write([
      '- name: angry-refund',
      '  goal: get a refund for the annual plan bought 10 days ago',
      '  mood: frustrated, short sentences',
      '  cohort: self-serve',
      '  facts: {plan: annual, bought: 10 days ago, seats: 3}',
      '  customer: {customerId: C-1001, plan: starter}',
      '- name: curious-dev',
      '  goal: learn how to rotate an API key',
      '  mood: calm',
      '  cohort: developer',
      '  facts: {}',
    ]);
    expect(readPersonaCards(file, workspace)).toEqual([
      {
        name: 'angry-refund',
        goal: 'get a refund for the annual plan bought 10 days ago',
        mood: 'frustrated, short sentences',
        cohort: 'self-serve',
        facts: { plan: 'annual', bought: '10 days ago', seats: 3 },
        customer: { customerId: 'C-1001', plan: 'starter' },
      },
      { name: 'curious-dev', goal: 'learn how to rotate an API key', mood: 'calm', cohort: 'developer', facts: {} },
    ]);
  });

  it('names the file, the card, the field and the line of every problem at once', () => {
    const file = write([
      '- name: angry-refund',
      '  mood: frustrated',
      '  cohort: self-serve',
      '  facts: {order: [1, 2]}',
      '- name: angry-refund',
      '  goal: again',
      '  mood: calm',
      '  cohort: x',
      '  facts: {}',
      '  customer: {isAdmin: true}',
    ]);
    const message = problemsOf(file);
    expect(message).toContain("personas.yaml: card 1 (name 'angry-refund'): goal is missing; it must be text");
    expect(message).toContain("card 1 (name 'angry-refund'): facts.order must be a single value (text, number, true or false) (line 4)");
    expect(message).toContain("card 2 (name 'angry-refund'): name 'angry-refund' is already used by card 1 (line 5)");
    expect(message).toContain("card 2 (name 'angry-refund'): customer.isAdmin is not a known field (known: customerId, plan");
  });

  it('refuses a file that is not a list of cards, and a file that is not there', () => {
    expect(problemsOf(write(['name: solo', 'goal: x']))).toContain('personas.yaml: expected a YAML list of persona cards');
    expect(problemsOf(join(workspace, 'missing.yaml'))).toBe('missing.yaml: file not found');
  });
});
