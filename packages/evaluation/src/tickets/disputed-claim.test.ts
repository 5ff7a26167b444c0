import { describe, expect, it } from 'vitest';
import { disputedClaimPattern, isDispute } from './disputed-claim.js';

describe('isDispute', () => {
  it('hears a customer contradict what was said', () => {
    for (const text of [
      "That's not true, nothing arrived.",
      'that is incorrect',
      'This isn’t right at all',
      'You are wrong about the fee.',
      'Wrong answer!',
      'You said it was free but I paid.',
      "That's not what your website says.",
    ])
      expect(isDispute(text), text).toBe(true);
  });

  it('does not take complaints about the order itself for a dispute', () => {
    for (const text of ['I got the wrong size.', 'Something went wrong with my payment.', 'Is that true for Canada too?'])
      expect(isDispute(text), text).toBe(false);
  });
});

describe('disputedClaimPattern', () => {
  it("picks the bot's sentence the dispute is about and its key phrase, escaped as a regular expression", () => {
    const reply = 'Thanks for asking! Our store opens at 9am. The $5.00 fee is waived for members [2].';
    const pattern = disputedClaimPattern("That's not true, I'm a member and paid the fee.", reply)!;
    expect(pattern).toBe('\\$5\\.00 fee is waived for members');
    expect(new RegExp(pattern, 'iu').test('Good news: the $5.00 fee is waived for members.')).toBe(true);
  });

  it('keeps a number with its unit and the negation before the claim, and matches either apostrophe', () => {
    const pattern = disputedClaimPattern('You are wrong.', 'We don’t charge for returns within 30 days.')!;
    expect(pattern).toBe("don['’]t charge for returns within 30 days");
    expect(new RegExp(pattern, 'iu').test("we don't charge for returns within 30 days")).toBe(true);
  });

  it('never spans a redaction placeholder', () => {
    expect(disputedClaimPattern('That is wrong.', 'Your card [card] expires in 2031.')).toBe('expires in 2031');
  });

  it("uses the claim the customer quotes when the bot's reply is not in the export, and nothing without a dispute", () => {
    expect(disputedClaimPattern('You told me that returns are free but I was charged.', null)).toBe('returns are free');
    expect(disputedClaimPattern('That is not true.', null)).toBeNull();
    expect(disputedClaimPattern('Thanks, that helped.', 'Refunds take 5 days.')).toBeNull();
  });
});
