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

  it('keeps the marker of a sentence that ends in an ellipsis or several stops (dstc11: "… not to mention the food... [1]")', () => {
    const claims = splitClaims('We felt like we were in India, not to mention the food... [1] Really?! [2]');
    expect(claims.map((claim) => claim.labels)).toEqual([['c1'], ['c2']]);
  });

  it("applies a paragraph's single closing marker to each of its sentences and steps, but not across paragraphs", () => {
    const claims = splitClaims('To turn it on:\n1. Go to Profile.\n2. Click Turn on. [1]\n\nBackup codes are shown once.');
    expect(claims.map((claim) => claim.labels)).toEqual([['c1'], ['c1'], ['c1'], []]);
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
    expect(checkFiguresAndNames('The desk opens at 10 am.', 'The front desk opens at 10:00 AM.').missing).toEqual([]);
    expect(checkFiguresAndNames('The desk opens at 10am.', 'The front desk opens at 10 a.m. daily.').missing).toEqual([]);
    expect(checkFiguresAndNames('The desk opens at 11 am.', 'The front desk opens at 10:00 AM.').missing).toEqual(['11']);
  });

  it('finds a name the source splits with markup (issue 6)', () => {
    expect(
      checkFiguresAndNames('Pair it with the Samsung Smart Remote.', 'Pair the TV with the **Samsung Smart** Remote.').missing,
    ).toEqual([]);
  });

  it('reads a run of capitals spanning two quoted chunks as two names, and only there (issue 6)', () => {
    const source = 'Creating an account Add Account Create with PayPal\n\nUsing an account\nCreate and manage your own account.';
    expect(checkFiguresAndNames('Add Account Create with PayPal Create and manage your own account.', source).missing).toEqual([]);
    expect(checkFiguresAndNames('You can press the PayPal Account Create button.', source).missing).toEqual(['PayPal Account Create']);
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
    expect(verdict.claims.map(({ supported, reason }) => ({ supported, reason }))).toEqual([
      { supported: true, reason: null },
      { supported: false, reason: 'figures or names absent: $500' },
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

  it('passes a sentence quoted verbatim although a longer run-on source sentence repeats its words with "not" (issue 6)', async () => {
    const remote = {
      id: 'remote#1',
      title: 'Connecting to the Samsung Smart Remote',
      text:
        'Pair the TV with the Samsung Smart Remote. If the Samsung Smart Remote does not pair to the TV automatically, point the ' +
        'Samsung Smart Remote at the TV and pair the Samsung Smart Remote with the TV again.',
    };
    expect((await checkGrounding('Pair the TV with the Samsung Smart Remote [c1].', [remote])).failedClaims).toEqual([]);
    expect((await checkGrounding('The Samsung Smart Remote does pair to the TV automatically [c1].', [remote])).failedClaims).toEqual([
      { text: 'The Samsung Smart Remote does pair to the TV automatically.', labels: ['c1'], reason: 'negation differs' },
    ]);
  });

  it('measures negation against statements, not against a FAQ title that asks the question (issue 6)', async () => {
    const faq = {
      id: 'faq#1',
      title: 'Do the rooms at Acorn Guest House have safety deposit boxes?',
      text: 'There are no safety deposit boxes in the rooms at Acorn Guest House.',
    };
    expect((await checkGrounding('There are no safety deposit boxes in the rooms at Acorn Guest House [c1].', [faq])).failedClaims).toEqual(
      [],
    );
    expect((await checkGrounding('The rooms at Acorn Guest House have safety deposit boxes [c1].', [faq])).failedClaims).toHaveLength(1);
  });

  it('passes two quoted chunks glued into one sentence, one of them negative (issue 6)', async () => {
    const reservations = { id: 'a', title: 'Does Hotel Du Vin take reservations?', text: 'Yes, Hotel Du Vin takes reservations' };
    const takeOut = { id: 'b', title: 'Does Hotel Du Vin offer take-out?', text: 'Take out is not available at Hotel Du Vin.' };
    const glued = 'Yes, Hotel Du Vin takes reservations Take out is not available at Hotel Du Vin [c1][c2].';
    expect((await checkGrounding(glued, [reservations, takeOut])).failedClaims).toEqual([]);
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
