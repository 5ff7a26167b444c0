import { describe, expect, it } from 'vitest';
import { evidenceUnits } from './evidence-units.js';
import { candidateUnits, passageCandidates } from './passage-candidates.js';

const section = [
  'You can move between plans at any time.',
  '1. Go to Settings > Billing > Plans.\n2. Choose a plan.\n3. Confirm the number of seats.\n4. Click Upgrade.',
  'Upgrades take effect immediately. You are charged a prorated amount.',
].join('\n\n');

describe('passageCandidates', () => {
  const units = evidenceUnits(section);
  const candidates = passageCandidates(units);

  it('never cuts a numbered procedure: a candidate holds all of its steps or none', () => {
    expect(candidates.length).toBeGreaterThan(3);
    for (const candidate of candidates) {
      const steps = candidateUnits(units, candidate).filter((unit) => unit.kind === 'step');
      expect([0, 4]).toContain(steps.length);
    }
  });

  it('keeps the steps in their order', () => {
    const withSteps = candidates.find((candidate) => candidateUnits(units, candidate).some((unit) => unit.kind === 'step'))!;
    expect(candidateUnits(units, withSteps).flatMap((unit) => (unit.number === undefined ? [] : [unit.number]))).toEqual([1, 2, 3, 4]);
  });

  it('offers the section whole and each part alone, each once', () => {
    const keys = candidates.map((c) => `${c.prefix}:${c.start}:${c.end}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(`0:0:${units.length}`);
    expect(keys).toContain(`0:${units.length - 2}:${units.length}`);
  });

  it('never starts a run at a sentence whose "It" or "This" has lost what it refers to', () => {
    const prose = evidenceUnits('Exports are kept for 7 days. It is then deleted. Ask an Owner to export again.');
    for (const candidate of passageCandidates(prose)) expect(prose[candidate.start]!.text).not.toMatch(/^It\b/);
    expect(passageCandidates(prose).some((c) => c.start === 0 && c.end >= 2)).toBe(true);
  });
});
