import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHelpCenterLinks, readZendeskTickets } from './zendesk-tickets.js';

const tickets = JSON.parse(readFileSync(new URL('../__fixtures__/zendesk/tickets.json', import.meta.url), 'utf8')) as unknown;

describe('readZendeskTickets', () => {
  it('indexes only solved and closed tickets, as the problem and the final public agent reply', () => {
    const entries = readZendeskTickets(tickets);
    expect(entries.map((entry) => entry.key)).toEqual(['5001', '5003']);
    expect(entries[0]!.document.parts[0]!.markdown).toBe(
      [
        '## Problem',
        'Hi, I was charged twice. Call me on [phone] or write to [email]. My card is [card].',
        '## Resolution',
        'The second charge was an authorisation hold; it drops off within 3 business days. See https://acme.zendesk.com/hc/en-us/articles/360003333333-Refund-timing for details.',
      ].join('\n\n'),
    );
    expect(entries[0]!.document).toMatchObject({
      title: 'Charged twice for order 7731',
      docType: 'resolved-ticket',
      tags: ['billing', 'duplicate_charge'],
    });
  });

  it('never indexes internal notes, earlier agent replies, open tickets or personal data', () => {
    const text = JSON.stringify(readZendeskTickets(tickets));
    expect(text).not.toContain('watchlist');
    expect(text).not.toContain('Looking into it now');
    expect(text).not.toContain('Quasar');
    expect(text).not.toContain('jane.doe@example.com');
    expect(text).not.toContain('010-7788');
    expect(text).not.toContain('4111');
  });

  it('records help-center links in agent replies as question → article pairs', () => {
    const [, login] = readZendeskTickets(tickets);
    expect(login!.document.linkedArticles).toEqual([
      { question: 'Cannot log in', url: 'https://acme.zendesk.com/hc/en-us/articles/360001111111-Reset-your-password' },
    ]);
    expect(extractHelpCenterLinks('See https://x.zendesk.com/hc/articles/42-Foo. Also https://x.zendesk.com/hc/articles/42-Foo')).toEqual([
      'https://x.zendesk.com/hc/articles/42-Foo',
    ]);
  });

  it('skips resolutions the customer rated bad and treats a comment without a public flag as internal', () => {
    const ticket = (extra: object) => ({
      tickets: [
        {
          id: 1,
          status: 'solved',
          subject: 'S',
          requester_id: 1,
          comments: [
            { author_id: 1, public: true, body: 'Problem' },
            { author_id: 2, body: 'Hidden reply' },
          ],
          ...extra,
        },
      ],
    });
    expect(readZendeskTickets(ticket({}))).toEqual([]);
    expect(
      readZendeskTickets(
        ticket({
          satisfaction_rating: { score: 'bad' },
          comments: [
            { author_id: 1, public: true, body: 'P' },
            { author_id: 2, public: true, body: 'A' },
          ],
        }),
      ),
    ).toEqual([]);
  });
});
