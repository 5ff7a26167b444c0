import { describe, expect, it } from 'vitest';
import { customerLabel, formatCost, formatPercent, formatScore } from './format-value';

describe('formatPercent, formatScore and formatCost', () => {
  it('show rates as percentages, scores to three decimals and small costs to four', () => {
    expect(formatPercent(0.4567)).toBe('45.7%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(null)).toBe('—');
    expect(formatScore(0.53219)).toBe('0.532');
    expect(formatScore(12.34)).toBe('12.3');
    expect(formatCost(0.00421)).toBe('$0.0042');
    expect(formatCost(12.5)).toBe('$12.50');
    expect(formatCost(0)).toBe('$0.00');
  });
});

describe('customerLabel', () => {
  it('prefers the name, then the email, then the id', () => {
    expect(customerLabel({ name: 'Dana Ruiz', email: 'dana@example.com', id: 'c1' })).toBe('Dana Ruiz');
    expect(customerLabel({ email: 'dana@example.com', id: 'c1' })).toBe('dana@example.com');
    expect(customerLabel({ id: 42 })).toBe('42');
  });

  it('says anonymous without display data', () => {
    expect(customerLabel(null)).toBe('Anonymous customer');
    expect(customerLabel({ name: ' ', plan: 'pro' })).toBe('Anonymous customer');
  });
});
