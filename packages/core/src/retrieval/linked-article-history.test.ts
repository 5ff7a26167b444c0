import { describe, expect, it } from 'vitest';
import { makeDocument } from '@switchboard/testkit';
import { linkedArticleHistory } from './linked-article-history.js';

describe('linkedArticleHistory', () => {
  const article = makeDocument({ id: 'reset', url: 'https://acme.zendesk.com/hc/en-us/articles/42-Reset-your-password' });

  it("pairs a ticket's question with the stored article its agent linked", () => {
    const ticket = makeDocument({ id: 'ticket', linkedArticles: [{ question: 'Cannot log in', url: article.url! }] });
    expect(linkedArticleHistory([article, ticket])).toEqual([{ question: 'Cannot log in', documentId: 'reset' }]);
  });

  it('matches an article linked in another locale or slug by its id on the same host, and leaves out unknown ones', () => {
    const ticket = makeDocument({
      id: 'ticket',
      linkedArticles: [
        { question: 'locked out', url: 'https://ACME.zendesk.com/hc/de/articles/42' },
        { question: 'other host', url: 'https://other.zendesk.com/hc/en-us/articles/42-Reset-your-password' },
        { question: 'not stored', url: 'https://acme.zendesk.com/hc/en-us/articles/43-Unknown' },
      ],
    });
    expect(linkedArticleHistory([article, ticket])).toEqual([{ question: 'locked out', documentId: 'reset' }]);
  });
});
