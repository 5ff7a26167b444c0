import { describe, expect, it } from 'vitest';
import { SwitchboardError, criterionNames } from '@switchboard/spec';
import { parseCriteria } from './parse-criteria.js';

function problemsOf(map: Record<string, unknown>): string[] {
  try {
    parseCriteria(map);
  } catch (error) {
    expect(error).toBeInstanceOf(SwitchboardError);
    expect((error as SwitchboardError).code).toBe('VALIDATION_FAILED');
    return (error as SwitchboardError).details['problems'] as string[];
  }
  throw new Error('parseCriteria accepted the map');
}

describe('parseCriteria', () => {
  it("reads the issue's example into operators and thresholds, in order", () => {
    expect(parseCriteria({ faithfulness: '>= 0.98', handoffRecall: '>= 1.0', p95Ms: '<= 1500', regressions: '== 0' })).toEqual([
      { name: 'faithfulness', operator: '>=', threshold: 0.98 },
      { name: 'handoffRecall', operator: '>=', threshold: 1 },
      { name: 'p95Ms', operator: '<=', threshold: 1500 },
      { name: 'regressions', operator: '==', threshold: 0 },
    ]);
  });

  it('reads every operator, with or without spaces, and signed, fractional and exponent numbers', () => {
    expect(parseCriteria({ intentEce: '<0.05', costUsd: ' > -1 ', passRate: '==.5', cases: '>=4e1' })).toEqual([
      { name: 'intentEce', operator: '<', threshold: 0.05 },
      { name: 'costUsd', operator: '>', threshold: -1 },
      { name: 'passRate', operator: '==', threshold: 0.5 },
      { name: 'cases', operator: '>=', threshold: 40 },
    ]);
  });

  it('names an unknown key and lists the valid ones', () => {
    const [problem] = problemsOf({ faithfullness: '>= 0.98' });
    expect(problem).toContain("unknown criterion 'faithfullness'");
    for (const name of criterionNames) expect(problem).toContain(name);
  });

  it.each([['=> 0.98'], ['>= '], ['0.98'], ['>= 0.98 or so'], ['!= 0'], ['>= 1,5']])(
    "refuses '%s', naming the key and showing an example",
    (text) => {
      expect(problemsOf({ faithfulness: text })).toEqual([
        expect.stringMatching(/^faithfulness: expected an operator \(>=, <=, ==, >, <\) and a number, e\.g\. faithfulness: ">= 0\.98"/),
      ]);
    },
  );

  it('refuses a bare number, which YAML reads when the quotes are left out', () => {
    expect(problemsOf({ p95Ms: 1500 })[0]).toContain('p95Ms: expected an operator');
  });

  it('reports every problem at once', () => {
    expect(problemsOf({ nope: '>= 1', faithfulness: 'high', p95Ms: '<= 1500' })).toHaveLength(2);
  });
});
