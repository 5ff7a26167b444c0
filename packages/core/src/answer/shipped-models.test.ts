import { describe, expect, it } from 'vitest';
import { shippedAnswerModels } from '@switchboard/models';
import { answerabilityFeatureNames } from './answerability.js';
import { checkLinearModel } from './linear-model.js';
import { passageFeatureNames } from './passage-features.js';

const { passageSelector, answerability } = shippedAnswerModels;

describe('the shipped answer models', () => {
  it('were trained on the features the code computes, in the same order', () => {
    expect(() => checkLinearModel(passageSelector, passageFeatureNames, 'passage selector')).not.toThrow();
    expect(() => checkLinearModel(answerability.dense, answerabilityFeatureNames, 'answerability (dense)')).not.toThrow();
    expect(() => checkLinearModel(answerability.lexical, answerabilityFeatureNames, 'answerability (lexical)')).not.toThrow();
  });

  it('say what they were trained on, and only on tune parts', () => {
    for (const model of [passageSelector, answerability.dense, answerability.lexical]) expect(model.trainedOn).toMatch(/tune part/);
  });

  it('name a stale model and what to do', () => {
    const stale = { ...passageSelector, features: passageSelector.features.slice(1) };
    expect(() => checkLinearModel(stale, passageFeatureNames, 'passage selector')).toThrow(/passage selector: its features .* retrain it/);
  });
});
