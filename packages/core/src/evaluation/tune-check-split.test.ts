import { describe, expect, it } from 'vitest';
import { defaultGroupKey, partOfGroup, tuneCheckSplit } from './tune-check-split.js';

describe('tuneCheckSplit', () => {
  const rows = Array.from({ length: 4000 }, (_, i) => ({ text: `message number ${i}`, group: `g${i % 400}` }));

  it('puts about the check fraction of groups in the check part', () => {
    const { check } = tuneCheckSplit(rows, (row) => row.group, { checkFraction: 0.3 });
    const groups = new Set(check.map((row) => row.group));
    expect(groups.size).toBeGreaterThan(90);
    expect(groups.size).toBeLessThan(150);
  });

  it('keeps every group whole in one part', () => {
    const { tune, check } = tuneCheckSplit(rows, (row) => row.group);
    const tuneGroups = new Set(tune.map((row) => row.group));
    expect(check.some((row) => tuneGroups.has(row.group))).toBe(false);
    expect(tune.length + check.length).toBe(rows.length);
  });

  it('assigns a group by its key alone, so adding rows moves no existing row', () => {
    const before = tuneCheckSplit(rows.slice(0, 1000), (row) => row.text).check.map((row) => row.text);
    const after = new Set(tuneCheckSplit(rows, (row) => row.text).check.map((row) => row.text));
    expect(before.every((text) => after.has(text))).toBe(true);
  });

  it('gives a different assignment under another seed', () => {
    const groups = Array.from({ length: 200 }, (_, i) => `group-${i}`);
    const a = groups.map((group) => partOfGroup(group));
    const b = groups.map((group) => partOfGroup(group, { seed: 7 }));
    expect(a).not.toEqual(b);
  });

  it('groups copies that differ only in case and punctuation', () => {
    expect(defaultGroupKey('I lost my card!!')).toBe(defaultGroupKey('i  lost my card'));
    expect(defaultGroupKey('¿Cómo cambio mi contraseña?')).toBe('cómo cambio mi contraseña');
  });
});
