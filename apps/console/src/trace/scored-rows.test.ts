import { describe, expect, it } from 'vitest';
import { retrievedRows, scoreColumns } from './scored-rows';

describe('retrievedRows', () => {
  it('reads the retrieve stage chunks with their field and signal scores', () => {
    const detail = {
      terms: ['refund'],
      chunks: [
        {
          chunkId: 'c1',
          title: 'Refunds',
          breadcrumb: 'Refunds > Eligibility',
          score: 0.8,
          fieldScores: { title: 2.1, body: 1.3 },
          signals: { bm25: 0.7, dense: 0.6 },
        },
        { chunkId: 'c2', title: 'Returns', score: 0.5, fieldScores: { body: 0.9, tags: 'n/a' } },
        'not a chunk',
      ],
    };
    expect(retrievedRows(detail)).toEqual([
      {
        chunkId: 'c1',
        rank: 1,
        title: 'Refunds',
        breadcrumb: 'Refunds > Eligibility',
        score: 0.8,
        fieldScores: { title: 2.1, body: 1.3 },
        signals: { bm25: 0.7, dense: 0.6 },
      },
      { chunkId: 'c2', rank: 2, title: 'Returns', breadcrumb: '', score: 0.5, fieldScores: { body: 0.9 }, signals: {} },
    ]);
  });

  it('is empty for a skipped retrieve stage', () => {
    expect(retrievedRows({ skipped: 'served from the answer cache' })).toEqual([]);
  });
});

describe('scoreColumns', () => {
  it('lists every score name once, in the order first seen', () => {
    expect(scoreColumns([{ title: 1, body: 2 }, { body: 1, headings: 3 }, {}])).toEqual(['title', 'body', 'headings']);
  });
});
