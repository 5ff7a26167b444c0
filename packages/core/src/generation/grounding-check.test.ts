import { describe, expect, it } from 'vitest';
import { checkGrounding } from './grounding-check.js';
import { splitClaims } from './split-claims.js';
import { checkFiguresAndNames } from './figures-and-names.js';

const refunds = {
  id: 'refunds#1',
  title: 'Refund policy',
  text:
    'Refunds are issued to the original payment method within 5 business days after we receive the returned item. ' +
    'Items must be returned within 30 days of delivery. Sale items are non-refundable.',
};
const shipping = {
  id: 'shipping#1',
  title: 'Shipping',
  text: 'Standard shipping takes 3 to 7 days. Express shipping with Parcel Express costs $12.',
};

describe('splitClaims', () => {
  it('reads the labels of each sentence, including markers placed after the full stop', () => {
    const claims = splitClaims('Refunds take 5 business days [c1]. Express costs $12. [c2]\n- Sale items are final [c1, c2]');
    expect(claims.map((claim) => claim.labels)).toEqual([['c1'], ['c2'], ['c1', 'c2']]);
    expect(claims[1]?.text).toBe('Express costs $12.');
  });

  it('treats courtesy and offers of a human as stating nothing, unless they carry a figure', () => {
    const claims = splitClaims('Happy to help! Would you like me to connect you with a person? Thanks, your $500 refund is coming.');
    expect(claims.map((claim) => claim.asserts)).toEqual([false, false, true]);
  });
});

describe('checkFiguresAndNames', () => {
  it('finds amounts, durations and names missing from the source', () => {
    expect(checkFiguresAndNames('You will receive a $500 refund.', refunds.text).missing).toEqual(['$500']);
    expect(checkFiguresAndNames('Returns are accepted for 30 minutes.', refunds.text).missing).toEqual(['30 minutes']);
    expect(checkFiguresAndNames('Ship it with Royal Mail Tracked.', shipping.text).missing).toEqual(['Royal Mail Tracked']);
  });

  it('accepts figures written differently but meaning the same', () => {
    expect(checkFiguresAndNames('Items can be returned within thirty days.', refunds.text).missing).toEqual([]);
    expect(checkFiguresAndNames('Express with Parcel Express costs $12.00.', shipping.text).missing).toEqual([]);
  });
});

describe('checkGrounding', () => {
  it('fails an invented refund amount and keeps the supported sentence', async () => {
    const verdict = await checkGrounding(
      'Refunds go to the original payment method within 5 business days [c1]. You will receive a $500 refund [c1].',
      [refunds],
    );
    expect(verdict.faithfulness).toBe(0.5);
    expect(verdict.failedClaims).toEqual([
      { text: 'You will receive a $500 refund.', labels: ['c1'], reason: 'figures or names absent: $500' },
    ]);
  });

  it('fails uncited, wrongly cited, unsupported and negated sentences', async () => {
    const verdict = await checkGrounding(
      'Items must be returned within 30 days. Express shipping costs $12 [c1]. Loyalty members get free gift wrapping [c1]. Sale items are refundable [c1]. Returns are free [c9].',
      [refunds, shipping],
    );
    expect(verdict.failedClaims.map((claim) => claim.reason)).toEqual([
      'uncited',
      'figures or names absent: $12',
      expect.stringMatching(/^low support/),
      'negation differs',
      'unknown source',
    ]);
    expect(verdict.faithfulness).toBe(0);
  });

  it('lets a similarity function vouch for a paraphrase with some lexical overlap', async () => {
    const paraphrase = 'The refund goes back to the payment card you used [c1].';
    expect((await checkGrounding(paraphrase, [refunds])).failedClaims).toHaveLength(1);
    const withSimilarity = await checkGrounding(paraphrase, [refunds], { similarity: async () => 0.9 });
    expect(withSimilarity.failedClaims).toEqual([]);
    const dissimilar = await checkGrounding(paraphrase, [refunds], { similarity: async () => 0.4 });
    expect(dissimilar.failedClaims).toHaveLength(1);
  });

  it('asks the judge about claims that pass the cheap checks and fails what it rejects', async () => {
    const asked: string[] = [];
    const verdict = await checkGrounding('Items must be returned within 30 days of delivery [c1].', [refunds], {
      judge: async (claim) => {
        asked.push(claim);
        return 'contradicted';
      },
    });
    expect(asked).toEqual(['Items must be returned within 30 days of delivery.']);
    expect(verdict.failedClaims[0]?.reason).toBe('judge: contradicted');
  });
});
