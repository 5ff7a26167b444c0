import { describe, expect, it } from 'vitest';
import { seededRandom } from '../intent/seeded-random.js';
import { scoreLinear, trainLinearRanker } from './linear-ranker.js';

describe('trainLinearRanker', () => {
  it('learns to put the relevant candidate first from pairwise judgements', () => {
    const random = seededRandom(3);
    // Feature 0 carries the signal; feature 1 is noise.
    const lists = Array.from({ length: 60 }, () => {
      const features = Array.from({ length: 8 }, () => Float64Array.from([random() * 0.5, random()]));
      features[0] = Float64Array.from([0.6 + random() * 0.4, random()]);
      return { features, grades: features.map((_, i) => (i === 0 ? 1 : 0)) };
    });
    const model = trainLinearRanker(['signal', 'noise'], lists, { random: seededRandom(5) });
    expect(model.weights[0]!).toBeGreaterThan(Math.abs(model.weights[1]!) * 3);
    const ranked = lists.filter((list) =>
      list.features.every((f, i) => i === 0 || scoreLinear(model, list.features[0]!) > scoreLinear(model, f)),
    );
    expect(ranked.length).toBe(lists.length);
  });
});
