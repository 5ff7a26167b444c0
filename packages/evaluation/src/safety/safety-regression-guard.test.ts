/**
 * Issue 14's regression guard: the shipped safety filter's figures on check parts (rows nothing was tuned on), held
 * within a point of the values recorded in docs/benchmarks.md, so a change that quietly costs recall fails CI.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasSharedData, needsSharedData, sharedDataDir } from '@switchboard/testkit';
import { resolveEmbedder } from '@switchboard/providers';
import { runSafetyEval } from './run-safety-eval.js';

const shared = sharedDataDir();
const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const tolerance = 0.01;

interface Recorded {
  readonly file: string;
  readonly recall?: number;
  readonly falsePositiveRate?: number;
  /** The set lives in ../shared/data, so its check runs only where that folder is. */
  readonly shared?: true;
}

// Recorded 2026-12-04 with the model trained by scripts/safety/train-safety-model.mjs --embeddings (tune parts only).
const recorded: Record<string, Recorded> = {
  'banking77-risk': {
    file: `${shared}safety/banking77-risk/dev.jsonl`,
    recall: 1,
    falsePositiveRate: 0.024,
    shared: true,
  },
  'manipulation probes (held-out templates)': {
    file: `${repo}data/safety/manipulation-probes.jsonl`,
    recall: 0.9982,
    falsePositiveRate: 0.0955,
  },
  'benign support questions, seven languages': { file: `${repo}data/safety/benign-support.jsonl`, falsePositiveRate: 0.0026 },
  'in-house support set': { file: `${repo}data/safety/support-manipulation.jsonl`, recall: 0.7895, falsePositiveRate: 0.0606 },
  'cyberseceval prompt injection': {
    file: `${shared}safety/cyberseceval-prompt-injection/dev.jsonl`,
    recall: 0.7045,
    shared: true,
  },
};

describe('safety figures on check parts (issue 14 regression guard)', () => {
  const embedder = resolveEmbedder('local:use-lite', { quiet: true });
  for (const [name, expected] of Object.entries(recorded)) {
    const absent = expected.shared === true && !hasSharedData(expected.file.slice(shared.length));
    const title = `holds ${name} within ${tolerance} of the recorded check-part figures`;
    it.skipIf(absent)(expected.shared ? `${title} (${needsSharedData})` : title, async () => {
      const { metrics, part } = await runSafetyEval(expected.file, { embedder, part: 'check' });
      expect(part).toBe('check');
      if (expected.recall !== undefined) expect(metrics.recall).toBeGreaterThanOrEqual(expected.recall - tolerance);
      if (expected.falsePositiveRate !== undefined)
        expect(metrics.false_positive_rate).toBeLessThanOrEqual(expected.falsePositiveRate + tolerance);
    });
  }
});
