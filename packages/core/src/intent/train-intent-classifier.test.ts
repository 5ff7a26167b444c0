import { describe, expect, it } from 'vitest';
import { IntentClassifier, intentModelFormatVersion } from './intent-classifier.js';
import { syntheticIntentExamples } from './intent-test-data.js';
import { trainIntentClassifier } from './train-intent-classifier.js';

const fast = { epochs: 15, seed: 3 };

describe('trainIntentClassifier', () => {
  const classifier = trainIntentClassifier(syntheticIntentExamples(), fast);

  it('learns a small synthetic set, including phrasings it has not seen', () => {
    expect(classifier.predict('I would like a refund for this kettle').label).toBe('refund');
    expect(classifier.predict('my parcel has not arrived').label).toBe('delivery');
    expect(classifier.predict('i forgot the password to my account').label).toBe('password');
    expect(classifier.predict('please cancel the order').label).toBe('cancel');
  });

  it('refits on every row only up to refitMaxExamples, and keeps the calibration model above it', () => {
    const examples = syntheticIntentExamples();
    expect(trainIntentClassifier(examples, { ...fast, refitMaxExamples: examples.length }).trainingExamples).toBe(examples.length);
    const calibrationOnly = trainIntentClassifier(examples, { ...fast, refitMaxExamples: examples.length - 1 });
    expect(calibrationOnly.trainingExamples).toBeLessThan(examples.length);
    expect(calibrationOnly.predict('my parcel has not arrived').label).toBe('delivery');
  });

  it('returns probabilities that sum to one, best first, cut at top-k', () => {
    const { probabilities } = classifier.distribution('where is my jacket');
    expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 6);
    const top = classifier.predict('where is my jacket', 2).probabilities;
    expect(top).toHaveLength(2);
    expect(top[0]!.probability).toBeGreaterThanOrEqual(top[1]!.probability);
    expect(top[0]!.label).toBe('delivery');
  });

  it('routes gibberish to oos when oos rows are given', () => {
    // Every oos row is a different topic, so held-out oos rows are new to the model, as real out-of-scope traffic is.
    const oos = [
      'what is the weather in paris',
      'tell me a joke',
      'who won the football',
      'play some jazz music',
      'how tall is everest',
      'what time is it in tokyo',
      'recommend a good movie',
      'translate hello to french',
      'set an alarm for seven',
      'how many calories in an apple',
      'what is the capital of peru',
      'sing me a song',
      'book a table for two',
      'is it going to rain',
      'define photosynthesis',
      'flip a coin',
      'what is your name',
      'roll a dice',
      'how far is the moon',
      'spell necessary',
      'who wrote hamlet',
      'convert ten miles to km',
      'news headlines today',
      'tell me a fun fact',
    ];
    const withOos = trainIntentClassifier([...syntheticIntentExamples(), ...oos.map((text) => ({ text, label: 'oos' }))], {
      ...fast,
      calibrationFraction: 0.25,
    });
    const gibberish = withOos.predict('qwerty uiop asdfgh');
    expect(gibberish.label).toBe('oos');
    expect(gibberish.outOfScope).toBe(true);
    expect(withOos.predict('i want a refund for my shoes').label).toBe('refund');
  });

  it('without oos rows, places a threshold on intents held out as stand-ins and rejects far-away text', () => {
    const untrained = trainIntentClassifier(syntheticIntentExamples(), { ...fast, oosShareWithoutOos: 0 });
    expect(untrained.oosThreshold).toBe(0);
    expect(classifier.oosThreshold).toBeGreaterThan(0);
    // Both texts share a known word ("my"), so only the threshold can route them: without one they get an intent.
    for (const text of ['blorp my zanzibar quux', 'tell me a joke about my cat']) {
      expect(untrained.predict(text).outOfScope).toBe(false);
      expect(classifier.predict(text).label).toBe('oos');
    }
    expect(classifier.predict('can i get my money back for the lamp').label).toBe('refund');
    expect(classifier.predict('zzzz qqqq').label).toBe('oos'); // no known feature at all
  });

  it('routes low-confidence text to oos when an operator sets a reject rate without oos rows', () => {
    const strict = trainIntentClassifier(syntheticIntentExamples(), { ...fast, rejectRateWithoutOos: 0.2 });
    const none = trainIntentClassifier(syntheticIntentExamples(), { ...fast, rejectRateWithoutOos: 0 });
    expect(strict.oosThreshold).toBeGreaterThan(0.25);
    expect(none.oosThreshold).toBe(0);
    expect(none.predict('blorp my zanzibar quux').outOfScope).toBe(false);
    expect(strict.predict('blorp my zanzibar quux').label).toBe('oos');
  });

  it('round-trips through JSON with the same predictions', () => {
    const copy = IntentClassifier.fromJSON(JSON.parse(JSON.stringify(classifier.toJSON())));
    const text = 'can i get my money back for the lamp';
    expect(copy.predict(text).label).toBe(classifier.predict(text).label);
    expect(copy.predict(text).confidence).toBeCloseTo(classifier.predict(text).confidence, 3);
    expect(copy.temperature).toBe(classifier.temperature);
    expect(copy.oosThreshold).toBe(classifier.oosThreshold);
  });

  it('rejects a model file of another formatVersion with a clear message', () => {
    const file = { ...classifier.toJSON(), formatVersion: intentModelFormatVersion + 1 };
    expect(() => IntentClassifier.fromJSON(file)).toThrow(/formatVersion 3 is not supported.*retrain/);
    expect(() => IntentClassifier.fromJSON({ hello: 1 })).toThrow(/not a Switchboard intent model/);
  });

  it('refuses training data with fewer than two intents', () => {
    expect(() => trainIntentClassifier([{ text: 'hi', label: 'greet' }])).toThrow(/at least two intents/);
  });
});
