import { describe, expect, it } from 'vitest';
import { qualityLabel, type QualityEvidence } from './quality-label.js';

const nothing: QualityEvidence = {
  outcome: 'open',
  escalated: false,
  csat: null,
  thumbsUp: 0,
  thumbsDown: 0,
  ticketSatisfaction: null,
};

// Each expected label worked out by hand from the named weights: score = Σ value·weight / (Σ weight + 0.5) and
// confidence = 1 − exp(−|Σ value·weight| / 0.7).
describe('qualityLabel', () => {
  it('labels a 1/5 followed at once by a reopen a confident negative', () => {
    // Rating −1 × 0.6, reopen −1 × 0.8: −1.4 / 1.9; 1 − e^−2.
    expect(qualityLabel({ ...nothing, outcome: 'reopened', csat: 1 })).toEqual({ score: -0.737, confidence: 0.865 });
  });

  it('labels a 3/5 with no reopen uncertain', () => {
    // Rating 0 × 0.3, resolved by the bot +1 × 0.25: 0.25 / 1.05; 1 − e^−0.357.
    expect(qualityLabel({ ...nothing, outcome: 'resolved_bot', csat: 3 })).toEqual({ score: 0.238, confidence: 0.3 });
  });

  it('labels a 5/5 a weak positive, saying less than a 1 with a reopen', () => {
    // Rating +1 × 0.3 alone: 0.3 / 0.8; 1 − e^−0.429.
    const five = qualityLabel({ ...nothing, csat: 5 });
    expect(five).toEqual({ score: 0.375, confidence: 0.349 });
    const oneAndReopen = qualityLabel({ ...nothing, outcome: 'reopened', csat: 1 });
    expect(Math.abs(five.score)).toBeLessThan(Math.abs(oneAndReopen.score));
    expect(five.confidence).toBeLessThan(oneAndReopen.confidence);
  });

  it('lets a reopen outweigh a 5 given before it', () => {
    // +0.3 − 0.8 = −0.5 over 1.1 + 0.5 is −0.3125 (rounded half up); 1 − e^−0.714.
    expect(qualityLabel({ ...nothing, outcome: 'reopened', csat: 5 })).toEqual({ score: -0.312, confidence: 0.51 });
  });

  it("discounts the ratings of a rater the filter distrusts, and leaves the outcome's own evidence whole", () => {
    // The 5 counts for a quarter: +0.075 − 0.8 = −0.725 over 0.875 + 0.5.
    expect(qualityLabel({ ...nothing, outcome: 'reopened', csat: 5, raterWeight: 0.25 })).toEqual({ score: -0.527, confidence: 0.645 });
  });

  it('weighs an escalation, a ticket rating and thumbs', () => {
    // Escalated −0.5 × 0.3, resolved by a person +0.5 × 0.2, ticket bad −1 × 0.6, thumbs down −1 × 0.25:
    // −0.9 over 1.35 + 0.5; 1 − e^−1.286.
    const label = qualityLabel({ ...nothing, outcome: 'resolved_human', escalated: true, ticketSatisfaction: 'bad', thumbsDown: 1 });
    expect(label).toEqual({ score: -0.486, confidence: 0.724 });
  });

  it('has a score of 0 and no confidence without evidence', () => {
    expect(qualityLabel(nothing)).toEqual({ score: 0, confidence: 0 });
  });
});
