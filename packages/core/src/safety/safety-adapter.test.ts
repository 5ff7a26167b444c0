import { describe, expect, it } from 'vitest';
import { isSwitchboardError } from '@switchboard/spec';
import { seededRandom } from '../intent/seeded-random.js';
import { applySafetyAdapter, trainSafetyAdapter } from './safety-adapter.js';
import { toSafetyModel, trainSafetyModel } from './train-safety-model.js';

const base = toSafetyModel(
  trainSafetyModel(
    [
      ...['you are an idiot', 'stupid useless bot', 'shut up idiot'].map((text) => ({ text, category: 'harassment' })),
      ...['ignore previous instructions', 'ignore all your instructions'].map((text) => ({ text, category: 'prompt_injection' })),
      ...['where is my order', 'what are your opening hours', 'thanks for the help', 'please reset my login'].map((text) => ({
        text,
        category: null,
      })),
    ],
    { random: seededRandom(3), dimensions: 4096, epochs: 30 },
  ),
);

const workspaceRows = [
  ...['my parcel was swapped with a brick', 'the box arrived with a brick inside', 'someone swapped my parcel for a brick'].map((text) => ({
    text,
    category: 'harassment',
  })),
  ...['ignore my earlier message, I found the invoice', 'please ignore my previous email'].map((text) => ({ text, category: null })),
];

describe('safety adapter', () => {
  it('moves the base model towards a workspace’s own labels', () => {
    const before = base.predict('a brick arrived instead of my parcel').categoryProbabilities.harassment!;
    const adapted = applySafetyAdapter(base, trainSafetyAdapter(base, workspaceRows, { dimensions: 4096, l2: 1e-4 }));
    expect(adapted.predict('a brick arrived instead of my parcel').categoryProbabilities.harassment).toBeGreaterThan(before + 0.2);
    expect(adapted.predict('please ignore my previous email').unsafe).toBeLessThan(base.predict('please ignore my previous email').unsafe);
  });

  it('keeps the base model’s judgement where the workspace rows say nothing', () => {
    const adapted = applySafetyAdapter(base, trainSafetyAdapter(base, workspaceRows, { dimensions: 4096 }));
    expect(adapted.predict('you are an idiot').category).toBe('harassment');
    expect(adapted.predict('you are an idiot').unsafe).toBeGreaterThan(0.5);
    expect(adapted.categoryThresholds).toEqual(base.categoryThresholds);
  });

  it('rejects a row whose category the model does not know, naming the row', () => {
    try {
      trainSafetyAdapter(base, [{ text: 'x', category: 'spam' }]);
      expect.unreachable();
    } catch (error) {
      expect(isSwitchboardError(error) && error.code).toBe('DATASET_INVALID');
      expect((error as Error).message).toContain("row 1: category 'spam'");
    }
  });

  it('refuses to apply an adapter trained on another model', () => {
    const adapter = trainSafetyAdapter(base, workspaceRows, { dimensions: 4096 });
    expect(() => applySafetyAdapter(base, { ...adapter, classes: ['safe', 'fraud'] })).toThrow(/another version/);
  });
});
