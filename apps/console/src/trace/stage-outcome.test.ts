import { describe, expect, it } from 'vitest';
import { stageOutcome, withoutKeys } from './stage-outcome';

describe('stageOutcome', () => {
  it('reads skipped stages with their reason and failed stages with their error', () => {
    expect(stageOutcome({ skipped: 'no LLM configured' })).toEqual({ status: 'skipped', why: 'no LLM configured' });
    expect(stageOutcome({ skipped: true })).toEqual({ status: 'skipped', why: 'no reason given' });
    expect(stageOutcome({ error: 'index unavailable' })).toEqual({ status: 'failed', why: 'index unavailable' });
    expect(stageOutcome({ label: 'refund', confidence: 0.91 })).toEqual({ status: 'ran' });
  });
});

describe('withoutKeys', () => {
  it('drops the named keys and keeps the rest', () => {
    expect(withoutKeys({ chunks: [], terms: ['refund'], askerRole: null }, ['chunks'])).toEqual({ terms: ['refund'], askerRole: null });
  });
});
