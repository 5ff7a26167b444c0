import { describe, expect, it } from 'vitest';
import type { OutcomeLabel } from './derive-outcome.js';
import { raterWeights, type Rating } from './rater-anomaly.js';

let sequence = 0;
const rating = (rater: string, csat: number, outcome: OutcomeLabel, reopenedAfter = false): Rating => ({
  rater,
  conversationId: `conv_${++sequence}`,
  csat,
  outcome,
  reopenedAfter,
});

describe('raterWeights', () => {
  it('discounts a rater who gives 5 to every conversation whatever became of it', () => {
    const weights = raterWeights([
      rating('customer:a', 5, 'resolved_bot'),
      rating('customer:a', 5, 'abandoned'),
      rating('customer:a', 5, 'escalated'),
    ]);
    expect(weights.get('customer:a')).toEqual({ weight: 0.25, reasons: ['all 5s over 3 conversations, whatever their outcome'] });
  });

  it('discounts a rater who gives 1 to every conversation, even those the bot resolved', () => {
    const weights = raterWeights([
      rating('device:d', 1, 'resolved_bot'),
      rating('device:d', 1, 'resolved_bot'),
      rating('device:d', 1, 'reopened'),
      rating('device:d', 1, 'resolved_human'),
    ]);
    expect(weights.get('device:d')?.weight).toBe(0.25);
  });

  it('trusts constant ratings that follow the outcome, and two extremes as too few to call a habit', () => {
    const weights = raterWeights([
      rating('customer:unlucky', 1, 'reopened'),
      rating('customer:unlucky', 1, 'escalated'),
      rating('customer:unlucky', 1, 'abandoned'),
      rating('customer:happy', 5, 'resolved_bot'),
      rating('customer:happy', 5, 'resolved_human'),
      rating('customer:happy', 5, 'resolved_bot'),
      rating('customer:twice', 5, 'abandoned'),
      rating('customer:twice', 5, 'escalated'),
      rating('customer:mixed', 1, 'resolved_bot'),
      rating('customer:mixed', 4, 'escalated'),
      rating('customer:mixed', 5, 'resolved_bot'),
    ]);
    for (const rater of ['customer:unlucky', 'customer:happy', 'customer:twice', 'customer:mixed'])
      expect(weights.get(rater), rater).toEqual({ weight: 1, reasons: [] });
  });

  it('halves the weight for each 4 or 5 the customer contradicted by coming back', () => {
    const first = rating('customer:b', 5, 'reopened', true);
    const weights = raterWeights([
      first,
      rating('customer:b', 3, 'resolved_bot'),
      // Reopened before rating: the rating came after the customer knew, so it contradicts nothing.
      rating('customer:b', 5, 'reopened', false),
      rating('customer:c', 4, 'reopened', true),
      rating('customer:c', 5, 'reopened', true),
      // A 2 before a reopen agrees with it.
      rating('customer:e', 2, 'reopened', true),
    ]);
    expect(weights.get('customer:b')).toEqual({ weight: 0.5, reasons: [`rated ${first.conversationId} 5, then reopened it`] });
    expect(weights.get('customer:c')?.weight).toBe(0.25);
    expect(weights.get('customer:e')?.weight).toBe(1);
  });

  it('combines both: all 5s whatever happened, one of them reopened', () => {
    const weights = raterWeights([
      rating('customer:f', 5, 'reopened', true),
      rating('customer:f', 5, 'abandoned'),
      rating('customer:f', 5, 'resolved_bot'),
    ]);
    expect(weights.get('customer:f')?.weight).toBe(0.125);
  });
});
