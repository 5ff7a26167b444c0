/** A small Zendesk Help Center served by the local stand-in: two pages of articles with cursor pagination. */
import type { StandInRoutes } from './local-stand-in-server.js';

export interface StandInArticle {
  readonly id: number;
  readonly title: string;
  readonly body: string;
}

export function helpCenterRoutes(articles: () => readonly StandInArticle[]): StandInRoutes {
  return (path, origin) => {
    const url = new URL(path, origin);
    const toArticle = (article: StandInArticle) => ({
      ...article,
      html_url: `${origin}/hc/en-us/articles/${article.id}`,
      section_id: 2,
      label_names: ['billing'],
      locale: 'en-us',
      draft: false,
      updated_at: '2026-01-10T09:00:00Z',
    });
    if (url.pathname === '/api/v2/help_center/articles.json') {
      const all = articles();
      // Cursor pagination: the first page holds one article, the rest follow via links.next.
      const after = url.searchParams.get('page[after]');
      const page = after === null ? all.slice(0, 1) : all.slice(1);
      const hasMore = after === null && all.length > 1;
      return {
        body: {
          articles: page.map(toArticle),
          meta: { has_more: hasMore, after_cursor: hasMore ? 'c1' : null },
          links: { next: hasMore ? `${origin}/api/v2/help_center/articles.json?page%5Bsize%5D=100&page%5Bafter%5D=c1` : null },
        },
      };
    }
    if (url.pathname === '/api/v2/help_center/sections.json')
      return { body: { sections: [{ id: 2, name: 'Payments', category_id: 1 }], meta: { has_more: false } } };
    if (url.pathname === '/api/v2/help_center/categories.json')
      return { body: { categories: [{ id: 1, name: 'Billing' }], next_page: null } };
    return undefined;
  };
}
