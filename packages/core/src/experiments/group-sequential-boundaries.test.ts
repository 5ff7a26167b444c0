import { describe, expect, it } from 'vitest';
import { groupSequentialBoundaries, obrienFlemingSpending } from './group-sequential-boundaries.js';

// Reference values: R 4.2.2 with rpact 3.3.4, getDesignGroupSequential(typeOfDesign = "asOF", …)$criticalValues
// and $alphaSpent. rpact reports its own integration tolerance as about 1e-8.
describe('groupSequentialBoundaries', () => {
  it("gives Lan–DeMets O'Brien–Fleming boundaries 4.333, 2.963, 2.359, 2.014 for four equal looks at α = 0.05", () => {
    const { boundaries, cumulativeAlpha } = groupSequentialBoundaries({ informationFractions: [0.25, 0.5, 0.75, 1] });
    const rpact = [4.33263364604956, 2.96313159912825, 2.35904429107904, 2.01409014314413];
    boundaries.forEach((boundary, i) => expect(boundary).toBeCloseTo(rpact[i] ?? 0, 6));
    const rpactAlphaSpent = [0.000014733616871876, 0.00305064550484982, 0.019298649625411772, 0.05];
    cumulativeAlpha.forEach((spent, i) => expect(spent).toBeCloseTo(rpactAlphaSpent[i] ?? 0, 8));
  });

  it('matches rpact for five equal looks, two-sided α = 0.05', () => {
    const { boundaries } = groupSequentialBoundaries({ informationFractions: [0.2, 0.4, 0.6, 0.8, 1] });
    const rpact = [4.87688494879076, 3.35701192170382, 2.68028006702662, 2.28981677442789, 2.0310320481658];
    boundaries.forEach((boundary, i) => expect(boundary).toBeCloseTo(rpact[i] ?? 0, 6));
  });

  it('matches rpact for unequal one-sided looks at 0.2, 0.6, 1 with α = 0.05', () => {
    const { boundaries } = groupSequentialBoundaries({ informationFractions: [0.2, 0.6, 1], sides: 'one-sided' });
    const rpact = [4.22919505930145, 2.27703198045492, 1.67950860410929];
    boundaries.forEach((boundary, i) => expect(boundary).toBeCloseTo(rpact[i] ?? 0, 6));
  });

  it('reduces to the fixed-horizon test with a single look', () => {
    expect(groupSequentialBoundaries({ informationFractions: [1] }).boundaries[0]).toBeCloseTo(1.959963984540054, 10);
  });

  it('refuses information fractions that do not increase', () => {
    expect(() => groupSequentialBoundaries({ informationFractions: [0.5, 0.5, 1] })).toThrow(RangeError);
  });
});

describe('obrienFlemingSpending', () => {
  it('spends the whole one-sided α at full information and 2 − 2Φ(z₀.₉₈₇₅/√t) before it', () => {
    expect(obrienFlemingSpending(1, 0.025)).toBeCloseTo(0.025, 15);
    // rpact's alphaSpent at t = 0.25 for one-sided α = 0.025: 7.36680843593795e-06.
    expect(obrienFlemingSpending(0.25, 0.025)).toBeCloseTo(7.36680843593795e-6, 15);
  });
});
