import { describe, expect, it } from 'vitest';
import { stageSummaries, stageSummaryLength } from './stage-summaries.js';

describe('stageSummaries', () => {
  it("keeps each stage's name and time and its detail as compact JSON", () => {
    expect(stageSummaries([{ name: 'intent', milliseconds: 3.5, detail: { label: 'refund', confidence: 0.91 } }])).toEqual([
      { name: 'intent', milliseconds: 3.5, summary: '{"label":"refund","confidence":0.91}' },
    ]);
  });

  it('cuts a long detail short, marking the cut', () => {
    const [summary] = stageSummaries([{ name: 'retrieval', milliseconds: 12, detail: { candidates: 'x'.repeat(1000) } }]);
    expect(summary?.summary).toHaveLength(stageSummaryLength);
    expect(summary?.summary.endsWith('…')).toBe(true);
    expect(summary?.summary.startsWith('{"candidates":"xxx')).toBe(true);
  });
});
