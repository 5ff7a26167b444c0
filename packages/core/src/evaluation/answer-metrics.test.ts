import { describe, expect, it } from 'vitest';
import { answerFaithfulness } from './answer-faithfulness.js';
import { contextRecall, percentile, summarizeAnswerStage, summarizeContextStage, withoutCitationMarkers } from './answer-metrics.js';

describe('percentile', () => {
  it('interpolates between closest ranks', () => {
    expect(percentile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], 0.95)).toBe(20);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBe(0);
  });
});

describe('contextRecall', () => {
  it('is the share of relevant gold documents present in the context', () => {
    const gold = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 0],
    ]);
    expect(contextRecall(['x', 'a', 'c'], gold)).toBe(0.5);
    expect(contextRecall(['a', 'b'], gold)).toBe(1);
    expect(contextRecall([], gold)).toBe(0);
  });
});

describe('withoutCitationMarkers', () => {
  it('drops numbered and labelled markers so they are not scored as words', () => {
    expect(withoutCitationMarkers('Press Home [1]. Then Settings [2, 3]. Done [c1].')).toBe('Press Home. Then Settings. Done.');
  });
});

describe('summarizeAnswerStage', () => {
  it('averages ROUGE-L over all questions, faithfulness over answered ones, and counts declines', () => {
    const metrics = summarizeAnswerStage([
      { rougeL: 0.6, faithfulness: 1, declined: false, milliseconds: 10 },
      { rougeL: 0.2, faithfulness: 0.5, declined: false, milliseconds: 20 },
      { rougeL: 0.1, faithfulness: null, declined: true, milliseconds: 30 },
      { rougeL: 0.1, faithfulness: null, declined: true, milliseconds: 40 },
    ]);
    expect(metrics).toEqual({
      rouge_l: 0.25,
      rouge_l_answered: 0.4,
      faithfulness: 0.75,
      answer_rate: 0.5,
      latency_ms: { p50: 25, p95: 38.5 },
      queries: 4,
    });
  });

  it('reports null faithfulness when every question was declined', () => {
    expect(summarizeAnswerStage([{ rougeL: 0, faithfulness: null, declined: true, milliseconds: 1 }]).faithfulness).toBeNull();
  });
});

describe('summarizeContextStage', () => {
  it('averages recall and counts questions with any gold document', () => {
    expect(
      summarizeContextStage([
        { recall: 1, milliseconds: 2 },
        { recall: 0.5, milliseconds: 4 },
        { recall: 0, milliseconds: 6 },
      ]),
    ).toEqual({ context_recall: 0.5, context_hit_rate: 0.6667, latency_ms: { p50: 4, p95: 5.8 }, queries: 3 });
  });
});

describe('answerFaithfulness', () => {
  const chunks = new Map([
    ['k1', { id: 'k1', title: 'Returns', text: 'Items can be returned within 30 days of delivery.' }],
    ['k2', { id: 'k2', title: 'Shipping', text: 'Standard shipping takes five business days.' }],
  ]);
  const citation = (index: number, chunkId: string) => ({
    index,
    chunkId,
    documentId: chunkId,
    title: '',
    section: '',
    path: chunkId,
    url: null,
    page: null,
  });

  it('passes sentences supported by the chunk they cite and fails one citing the wrong chunk', async () => {
    const text = 'Items can be returned within 30 days of delivery [1]. Returned items are refunded within 30 days [2].';
    expect(await answerFaithfulness(text, [citation(1, 'k1'), citation(2, 'k2')], (id) => chunks.get(id))).toBe(0.5);
    expect(await answerFaithfulness('Standard shipping takes five business days [1].', [citation(1, 'k2')], (id) => chunks.get(id))).toBe(
      1,
    );
  });
});
