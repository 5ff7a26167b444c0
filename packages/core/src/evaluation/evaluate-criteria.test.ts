import { describe, expect, it } from 'vitest';
import { evaluateCriteria, formatCriterionValue, type CriterionValues } from './evaluate-criteria.js';
import { parseCriteria } from './parse-criteria.js';

/** A run's aggregates, every one measured, none near the thresholds below. */
const measured: CriterionValues = {
  cases: 40,
  passed: 39,
  passRate: 0.975,
  answerRate: 0.8,
  faithfulness: 0.99,
  citationAccuracy: 0.95,
  intentAccuracy: 0.9,
  intentEce: 0.04,
  handoffPrecision: 1,
  handoffRecall: 1,
  unloggedActionClaimRate: 0,
  p50Ms: 120,
  p95Ms: 900,
  costUsd: 0,
};

const verdicts = (map: Record<string, string>, values: CriterionValues) =>
  evaluateCriteria(parseCriteria(map), values).map((result) => [result.name, result.passed]);

describe('evaluateCriteria', () => {
  it("passes the issue's example on a good run with a clean baseline", () => {
    const results = evaluateCriteria(
      parseCriteria({ faithfulness: '>= 0.98', handoffRecall: '>= 1.0', p95Ms: '<= 1500', regressions: '== 0' }),
      { ...measured, regressions: 0 },
    );
    expect(results).toEqual([
      { name: 'faithfulness', operator: '>=', threshold: 0.98, value: 0.99, passed: true, reason: null },
      { name: 'handoffRecall', operator: '>=', threshold: 1, value: 1, passed: true, reason: null },
      { name: 'p95Ms', operator: '<=', threshold: 1500, value: 900, passed: true, reason: null },
      { name: 'regressions', operator: '==', threshold: 0, value: 0, passed: true, reason: null },
    ]);
  });

  it('fails a value on the wrong side of its threshold and says by how much', () => {
    const [result] = evaluateCriteria(parseCriteria({ p95Ms: '<= 1500' }), { ...measured, p95Ms: 1720 });
    expect(result).toMatchObject({ value: 1720, passed: false, reason: 'p95Ms is 1720, not <= 1500' });
  });

  it.each([
    ['>=', 0.98, true],
    ['>=', 0.97, false],
    ['<=', 0.98, true],
    ['<=', 0.99, false],
    ['==', 0.98, true],
    ['==', 0.97, false],
    ['>', 0.98, false],
    ['>', 0.99, true],
    ['<', 0.98, false],
    ['<', 0.97, true],
  ] as const)('%s 0.98 on %s: passed is %s', (operator, value, passed) => {
    expect(verdicts({ faithfulness: `${operator} 0.98` }, { ...measured, faithfulness: value })).toEqual([['faithfulness', passed]]);
  });

  it('treats a sum rounded just below its threshold as on it', () => {
    // 0.7 + 0.1 is 0.8 exactly; in floating point it is 0.7999999999999999.
    const sum = 0.7 + 0.1;
    expect(sum).toBeLessThan(0.8);
    expect(verdicts({ faithfulness: '>= 0.8', passRate: '== 0.8' }, { ...measured, faithfulness: sum, passRate: sum })).toEqual([
      ['faithfulness', true],
      ['passRate', true],
    ]);
  });

  it('fails a criterion the run could not measure, with the reason', () => {
    const [result] = evaluateCriteria(parseCriteria({ intentAccuracy: '>= 0' }), { ...measured, intentAccuracy: null });
    expect(result).toMatchObject({ value: null, passed: false });
    expect(result?.reason).toMatch(/^not measured: .*intentAccuracy/);
  });

  it('fails regressions without a baseline, saying it needs --baseline', () => {
    const [result] = evaluateCriteria(parseCriteria({ regressions: '== 0' }), measured);
    expect(result).toMatchObject({ value: null, passed: false });
    expect(result?.reason).toContain('needs --baseline');
  });

  it('counts regressions against the threshold when a baseline gave them', () => {
    expect(verdicts({ regressions: '== 0' }, { ...measured, regressions: 2 })).toEqual([['regressions', false]]);
    expect(verdicts({ regressions: '<= 2' }, { ...measured, regressions: 2 })).toEqual([['regressions', true]]);
  });

  it('shows every digit when four decimals would round a miss onto the threshold', () => {
    const [result] = evaluateCriteria(parseCriteria({ faithfulness: '>= 0.98' }), { ...measured, faithfulness: 0.97996 });
    expect(result?.reason).toBe('faithfulness is 0.97996, not >= 0.98');
  });
});

describe('formatCriterionValue', () => {
  it('shows whole numbers as they are and fractions to four decimals', () => {
    expect([1500, 0.98, 1 / 3, 0.5].map(formatCriterionValue)).toEqual(['1500', '0.98', '0.3333', '0.5']);
  });
});
