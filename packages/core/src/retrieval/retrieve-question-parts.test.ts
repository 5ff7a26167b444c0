import { describe, expect, it } from 'vitest';
import { questionParts } from './retrieve-question-parts.js';

describe('questionParts', () => {
  it("splits a two-part question, the later part keeping the question's opening", () => {
    expect(questionParts('How do I cancel my subscription and get a refund?')).toEqual([
      'How do I cancel my subscription',
      'How do I get a refund?',
    ]);
  });

  it('leaves a one-part question whole, and a part without words of its own unsplit', () => {
    expect(questionParts('How do I turn on two-factor authentication?')).toEqual(['How do I turn on two-factor authentication?']);
    expect(questionParts('Can I pay by card and?')).toEqual(['Can I pay by card and?']);
  });
});
