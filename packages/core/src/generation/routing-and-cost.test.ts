import { describe, expect, it } from 'vitest';
import { chooseModel } from './choose-model.js';
import { estimateDifficulty } from './estimate-difficulty.js';
import { requestCost } from './request-cost.js';

describe('estimateDifficulty', () => {
  it('rates a short, well-matched question easier than a long comparison with exceptions and a weak match', () => {
    const easy = estimateDifficulty({ question: 'How long do refunds take?', retrievalScore: 0.9 });
    const hard = estimateDifficulty({
      question:
        'What is the difference between the Pro and Team plans for refunds, and can I get one if I cancel mid-cycle but not within the trial?',
      retrievalScore: 0.2,
    });
    expect(easy.score).toBeLessThan(0.3);
    expect(hard.score).toBeGreaterThan(0.7);
    expect(hard.features).toMatchObject({ exceptions: 1, multiDocument: 1 });
  });
});

describe('chooseModel', () => {
  const routing = { threshold: 0.5, maxLargeInFlight: 2 };
  it('sends easy questions to the small model and hard ones to the large', () => {
    expect(chooseModel(0.2, 0, true, routing)).toEqual({ tier: 'small', reason: 'easy' });
    expect(chooseModel(0.8, 0, true, routing)).toEqual({ tier: 'large', reason: 'hard' });
  });

  it('sends hard questions to the small model while the large one is saturated', () => {
    expect(chooseModel(0.8, 2, true, routing)).toEqual({ tier: 'small', reason: 'large busy' });
    expect(chooseModel(0.2, 5, false, routing)).toEqual({ tier: 'large', reason: 'no small model' });
  });
});

describe('requestCost', () => {
  it('prices input and output tokens per thousand, and self-hosted models at zero', () => {
    const prices = { 'openai:gpt-4o': { inputPer1k: 0.0025, outputPer1k: 0.01 } };
    expect(requestCost('openai:gpt-4o', { inputTokens: 2000, outputTokens: 500 }, prices)).toBeCloseTo(0.01, 10);
    expect(requestCost('openai-compatible:llama3.1', { inputTokens: 2000, outputTokens: 500 }, prices)).toBe(0);
  });
});
