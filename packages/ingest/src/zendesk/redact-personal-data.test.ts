import { describe, expect, it } from 'vitest';
import { redactPersonalData } from './redact-personal-data.js';

describe('redactPersonalData', () => {
  it('redacts e-mail addresses, phone numbers and card-like numbers', () => {
    expect(redactPersonalData('Mail jo.smith+acme@mail.example.co.uk or call +44 20 7946 0958 / (555) 010-7788.')).toBe(
      'Mail [email] or call [phone] / [phone].',
    );
    expect(redactPersonalData('Card 4111-1111-1111-1111 and 5500000000000004.')).toBe('Card [card number] and [card number].');
  });

  it('keeps prices, dates, short numbers and the digits inside links', () => {
    const text = 'Refund of 12.50 EUR on 2024-05-01 for 3 items, see https://acme.zendesk.com/hc/en-us/articles/360001111111-Reset';
    expect(redactPersonalData(text)).toBe(text);
  });
});
