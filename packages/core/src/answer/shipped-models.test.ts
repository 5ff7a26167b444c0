import { describe, expect, it } from 'vitest';
import { answerabilityFeatureNames } from './answerability.js';
import { answerabilityModels } from './answerability-weights.js';
import { checkLinearModel } from './linear-model.js';
import { passageFeatureNames } from './passage-features.js';
import { passageSelectorModel } from './passage-selector-weights.js';

describe('the shipped answer models', () => {
  it('were trained on the features the code computes, in the same order', () => {
    expect(() => checkLinearModel(passageSelectorModel, passageFeatureNames, 'passage selector')).not.toThrow();
    expect(() => checkLinearModel(answerabilityModels.dense, answerabilityFeatureNames, 'answerability (dense)')).not.toThrow();
    expect(() => checkLinearModel(answerabilityModels.lexical, answerabilityFeatureNames, 'answerability (lexical)')).not.toThrow();
  });

  it('say what they were trained on, and only on tune parts', () => {
    for (const model of [passageSelectorModel, answerabilityModels.dense, answerabilityModels.lexical])
      expect(model.trainedOn).toMatch(/tune part/);
  });

  it('name a stale model and what to do', () => {
    const stale = { ...passageSelectorModel, features: passageSelectorModel.features.slice(1) };
    expect(() => checkLinearModel(stale, passageFeatureNames, 'passage selector')).toThrow(/passage selector: its features .* retrain it/);
  });
});
