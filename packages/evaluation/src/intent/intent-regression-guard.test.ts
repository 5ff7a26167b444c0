import { describe, expect, it } from 'vitest';
import { hasSharedData, needsSharedData, sharedDataDir } from '@switchboard/testkit';
import { evaluateIntents } from './evaluate-intents.js';

/**
 * Out-of-scope detection without oos training rows, on the check part of clinc150 dev (852 rows, 32 oos), trained on
 * clinc150 train minus its oos rows. Recorded with the defaults of trainIntentClassifier and local:use-lite; a change
 * that moves these figures must re-record them and say so in its commit message.
 */
const recorded = { in_scope_accuracy: 0.9354, oos_recall: 0.8125 };

const clinc = `${sharedDataDir()}intent/clinc150/`;
const present = hasSharedData('intent/clinc150/train.jsonl', 'intent/clinc150/dev.jsonl');

describe('intent regression guard', () => {
  // Embedding the 15,000 training texts takes about 20 s on a cold cache; training about 20 s more.
  it.skipIf(!present)(
    `clinc150 trained without oos rows keeps its check-part in-scope accuracy and oos recall (${needsSharedData})`,
    { timeout: 180_000 },
    async () => {
      // What `eval intents --train … --test … --without-oos --part check --embedding-cache` runs.
      const { result: metrics } = await evaluateIntents({
        train: `${clinc}train.jsonl`,
        test: `${clinc}dev.jsonl`,
        withoutOos: true,
        part: 'check',
        embeddingCache: true,
        warn: () => {},
      });
      expect(metrics.part).toBe('check');
      expect(Math.abs(metrics.in_scope_accuracy - recorded.in_scope_accuracy)).toBeLessThanOrEqual(0.01);
      expect(Math.abs(metrics.oos_recall! - recorded.oos_recall)).toBeLessThanOrEqual(0.01);
    },
  );
});
