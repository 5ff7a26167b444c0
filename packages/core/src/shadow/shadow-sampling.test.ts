import { describe, expect, it } from 'vitest';
import { inShadow } from './shadow-sampling.js';

const units = Array.from({ length: 20_000 }, (_, index) => `customer:c${index}`);

describe('inShadow', () => {
  it('answers the same for the same unit and run, every time', () => {
    const run = { salt: 'shadow:run_1', percent: 10 };
    const first = units.map((unit) => inShadow(unit, run));
    expect(units.map((unit) => inShadow(unit, run))).toEqual(first);
  });

  it('samples about `percent` of the units (within 4 standard errors), none at 0 share and all at 100', () => {
    for (const percent of [1, 10, 50]) {
      const share = units.filter((unit) => inShadow(unit, { salt: 'shadow:run_1', percent })).length / units.length;
      const p = percent / 100;
      expect(Math.abs(share - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / units.length));
    }
    expect(units.every((unit) => inShadow(unit, { salt: 'shadow:run_1', percent: 100 }))).toBe(true);
  });

  it('grows the sample as the percent grows: every unit in at 10% is in at 20%', () => {
    const at10 = units.filter((unit) => inShadow(unit, { salt: 's', percent: 10 }));
    expect(at10.every((unit) => inShadow(unit, { salt: 's', percent: 20 }))).toBe(true);
  });

  it('draws a different sample under a new run salt', () => {
    const first = units.filter((unit) => inShadow(unit, { salt: 'shadow:run_1', percent: 10 }));
    const second = new Set(units.filter((unit) => inShadow(unit, { salt: 'shadow:run_2', percent: 10 })));
    const overlap = first.filter((unit) => second.has(unit)).length / first.length;
    // Independent draws of 10% overlap by about 10%.
    expect(overlap).toBeGreaterThan(0.05);
    expect(overlap).toBeLessThan(0.15);
  });
});
