import { describe, expect, it } from 'vitest';
import { createPersonalDataRedactor, luhnValid, redactPersonalData } from './redact-personal-data.js';

describe('redactPersonalData', () => {
  it('redacts e-mail addresses and phone numbers in several formats', () => {
    expect(redactPersonalData('Mail jo.smith+acme@mail.example.co.uk or call +44 20 7946 0958 / (555) 010-7788.')).toBe(
      'Mail [email] or call [phone] / [phone].',
    );
    expect(redactPersonalData('Try 555.010.7788, +1-555-010-7788, 07700 900123 or +49 30 1234567.')).toBe(
      'Try [phone], [phone], [phone] or [phone].',
    );
  });

  it('tells card numbers that pass the Luhn check from other long numbers, which are accounts', () => {
    expect(redactPersonalData('Card 4111-1111-1111-1111 and 5500000000000004.')).toBe('Card [card] and [card].');
    expect(redactPersonalData('Card 4111 1111 1111 1112 was declined.')).toBe('Card [account] was declined.');
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });

  it('redacts IBANs and labelled account numbers', () => {
    expect(redactPersonalData('Pay to DE89 3704 0044 0532 0130 00 or GB29NWBK60161331926819 please.')).toBe(
      'Pay to [account] or [account] please.',
    );
    expect(redactPersonalData('My account number: 12345678, sort code 12-34-56.')).toBe(
      'My account number: [account], sort code [account].',
    );
  });

  it('redacts street addresses and postcodes, not numbers that merely precede a noun', () => {
    expect(redactPersonalData('Ship it to 221B Baker Street, London NW1 6XE.')).toBe('Ship it to [address], London [address].');
    expect(redactPersonalData('I moved to 1600 Pennsylvania Avenue NW, Apt 4, Washington, DC 20500.')).toBe(
      'I moved to [address], Washington, [address].',
    );
    expect(redactPersonalData('Bitte an Hauptstraße 12a liefern, oder P.O. Box 42.')).toBe('Bitte an [address] liefern, oder [address].');
    const text = 'We waited 3 days at the court; order ID 12345 has 2 items on the main street display.';
    expect(redactPersonalData(text)).toBe(text);
  });

  it('keeps prices, dates, short numbers and the digits inside links', () => {
    const text = 'Refund of 12.50 EUR on 2024-05-01 for 3 items, see https://acme.zendesk.com/hc/en-us/articles/360001111111-Reset';
    expect(redactPersonalData(text)).toBe(text);
  });
});

describe('createPersonalDataRedactor', () => {
  const redact = createPersonalDataRedactor({
    names: ['Jane Doe', 'Sam Agent', 'May Lee', 'Acme Support', null],
    emails: ['jane@home.example'],
    phones: ['+1 555 0100 999'],
  });

  it("redacts the known people's names, whole or in part, in any case", () => {
    expect(redact("Hi Sam, this is Jane Doe. jane's order; DOE family.")).toBe("Hi [name], this is [name]. [name]'s order; [name] family.");
  });

  it('redacts a name part that is a common word only as part of the whole name, and never role words', () => {
    expect(redact('May Lee asked if she may get help from Acme support.')).toBe('[name] asked if she may get help from Acme support.');
  });

  it("redacts the known people's e-mail addresses and phone numbers as written", () => {
    expect(redact('Reach me at jane@home.example or +1 555 0100 999.')).toBe('Reach me at [email] or [phone].');
  });
});
