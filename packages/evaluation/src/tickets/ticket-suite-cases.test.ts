import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseZendeskTicketExport } from '@switchboard/ingest';
import { ticketSuiteCases } from './ticket-suite-cases.js';

const fixture = new URL('./__fixtures__/bot-failure-tickets.json', import.meta.url);
const exported = parseZendeskTicketExport('bot-failure-tickets.json', readFileSync(fixture, 'utf8'));
const documents = [
  { path: 'kb/zendesk/help-center.json#360003333333-en-us', url: 'https://acme.zendesk.com/hc/en-us/articles/360003333333-Refund-timing' },
  { path: 'kb/zendesk/help-center.json#360004444444-en-us', url: 'https://acme.zendesk.com/hc/en-us/articles/360004444444-Lost-parcels' },
];

describe('ticketSuiteCases', () => {
  const suite = ticketSuiteCases(exported, { tag: 'bot_failure', documents });
  const byId = new Map(suite.cases.map((testCase) => [testCase.id, testCase]));

  it('makes a case of each tagged ticket (the tag matched in any case) and skips the rest, saying why', () => {
    expect(suite.cases.map((testCase) => testCase.id)).toEqual(['zendesk-6001', 'zendesk-6002', 'zendesk-6005']);
    expect(suite).toMatchObject({ tickets: 6, merged: 1, untagged: 1 });
    expect(suite.skipped).toEqual([{ ticketId: '6006', reason: 'no public customer text before the first agent reply' }]);
    for (const testCase of suite.cases) expect(testCase.tags).toEqual(['from-ticket']);
  });

  it("takes the requester's public comments before the first agent reply as turns, personal data replaced", () => {
    expect(byId.get('zendesk-6001')!.turns).toEqual([
      "Hi, I'm [name]. I was charged twice for order 7731. My card is [card], call me on [phone] or write to [email].",
      "That's not true, it has been five days and nothing. Call me at [phone] instead.",
    ]);
  });

  it('expects a handoff, the linked article and never the disputed claim, from what the people did', () => {
    expect(byId.get('zendesk-6001')!.expect).toEqual({
      handoff: true,
      // The agent's link carried a tracking query with the customer's address; the stored article's url replaces it.
      cites: ['https://acme.zendesk.com/hc/en-us/articles/360003333333-Refund-timing'],
      neverSays: ['Refunds are processed within 24 hours'],
    });
    // No person took the ticket: no handoff is expected; the customer quoted the claim they disputed.
    expect(byId.get('zendesk-6005')!.expect).toEqual({ neverSays: ['shipping to Canada is free'] });
    expect(suite.unknownCites).toEqual([]);
  });

  it('merges near-duplicate tickets into one case with their ids, count and the union of their expectations', () => {
    const parcel = byId.get('zendesk-6002')!;
    expect(parcel.source).toEqual({ ticketIds: ['6002', '6003'], count: 2 });
    expect(parcel.turns[0]).toBe('Hello, my parcel never arrived and the tracking page shows no updates since Monday, can you help me?');
    expect(parcel.turns[1]).toBe('[name] here again. Please just refund me to my IBAN [account] or account number [account].');
    // 6002 was assigned to a person; 6003 (read from audits) had the German link, matched to the stored article by id.
    expect(parcel.expect).toEqual({ handoff: true, cites: ['https://acme.zendesk.com/hc/en-us/articles/360004444444-Lost-parcels'] });
  });

  it('keeps tickets apart below the threshold and reports links to articles the workspace lacks', () => {
    const strict = ticketSuiteCases(exported, { tag: 'bot_failure', threshold: 0.95 });
    expect(strict.cases.map((testCase) => testCase.source)).toContainEqual({ ticketIds: ['6003'], count: 1 });
    expect(strict.merged).toBe(0);
    expect(strict.unknownCites).toEqual([
      { ticketId: '6001', url: 'https://acme.zendesk.com/hc/en-us/articles/360003333333-Refund-timing' },
      { ticketId: '6003', url: 'https://acme.zendesk.com/hc/de/articles/360004444444-Verlorene-Pakete' },
    ]);
  });

  it('takes the description of a ticket exported without comments, never that of one whose comments are all internal', () => {
    const tickets = [
      { id: 1, status: 'open', tags: ['bot_failure'], description: 'Jane here: my invoice is missing.', requester_id: 1 },
      { id: 2, status: 'open', tags: ['bot_failure'], description: 'Agent notes', comments: [{ author_id: 9, public: false, body: 'x' }] },
    ];
    const users = [{ id: 1, name: 'Jane Roe' }];
    const result = ticketSuiteCases(parseZendeskTicketExport('t.json', JSON.stringify({ tickets, users })), { tag: 'bot_failure' });
    expect(result.cases.map((testCase) => testCase.turns)).toEqual([['[name] here: my invoice is missing.']]);
    expect(result.skipped.map((skip) => skip.ticketId)).toEqual(['2']);
  });

  it("reads comments as the bot's by channel or by the users named in --bot-user", () => {
    const ticket = (botComment: object) => ({
      tickets: [
        {
          id: 1,
          status: 'open',
          requester_id: 1,
          tags: ['bot_failure'],
          comments: [
            { author_id: 1, public: true, body: 'Is delivery free to Norway?' },
            { author_id: 2, public: true, body: 'Delivery to Norway costs nothing on orders over 20 EUR.', ...botComment },
            { author_id: 1, public: true, body: 'That is not correct, I paid 9 EUR for delivery.' },
          ],
        },
      ],
      users: [{ id: 2, name: 'Integration', role: 'agent' }],
    });
    const read = (botComment: object, botUserIds: string[] = []) =>
      ticketSuiteCases(parseZendeskTicketExport('t.json', JSON.stringify(ticket(botComment))), { tag: 'bot_failure', botUserIds })
        .cases[0]!;
    // An agent's reply: the customer's turns stop there, and a person took the ticket.
    expect(read({})).toMatchObject({ turns: ['Is delivery free to Norway?'], expect: { handoff: true } });
    const byChannel = read({ via: { channel: 'answer_bot_for_web_widget' } });
    expect(byChannel.turns).toHaveLength(2);
    expect(byChannel.expect).toEqual({ neverSays: ['nothing on orders over 20 EUR'] });
    expect(read({}, ['2']).expect).toEqual(byChannel.expect);
  });
});
