import { describe, expect, it } from 'vitest';
import { verbatimQuote } from './verbatim-quote.js';

const account =
  'Creating a Samsung account using a PayPal account Settings Samsung Account Add Account Create with PayPal\n\n' +
  'Using a Samsung account\nCreate and manage your own Samsung account. Settings General Try Now';

describe('verbatimQuote', () => {
  it('finds a passage regardless of case, emphasis and spaces before punctuation', () => {
    expect(verbatimQuote('Photo: allows you to set a **picture**.', 'More. Photo : Allows you to set a picture. Next.')).toBe(true);
  });

  it('accepts passages joined where the source breaks between chunks', () => {
    expect(verbatimQuote('Create with PayPal Create and manage your own Samsung account.', account)).toBe(true);
  });

  it('rejects words found in the source but joined where it does not break', () => {
    expect(verbatimQuote('PayPal Account Create', account)).toBe(false);
    expect(verbatimQuote('Settings Samsung Add', account)).toBe(false);
    // 'account.' ends a sentence, not a line: the composer keeps a full stop it quotes, so no join happens there.
    expect(verbatimQuote('Create and manage your own Samsung account Settings General', account)).toBe(false);
  });

  it('when anchored, rejects a passage that starts mid-sentence', () => {
    const source = 'It is not true that sale items are refundable.';
    expect(verbatimQuote('Sale items are refundable.', source)).toBe(true);
    expect(verbatimQuote('Sale items are refundable.', source, { anchored: true })).toBe(false);
    expect(verbatimQuote('It is not true that sale items are refundable.', source, { anchored: true })).toBe(true);
  });
});
