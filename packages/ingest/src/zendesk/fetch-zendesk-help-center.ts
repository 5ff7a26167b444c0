/** Fetches a Zendesk Help Center (articles, sections, categories) through its REST API, in the shape of an export. */
import { asArray, asObject, checkShape, optionalString } from '../json-shape.js';
import { authorizationHeaders, fetchJsonPages, type FetchFunction } from '../fetch-json-pages.js';

export interface ZendeskHelpCenterOptions {
  /** e.g. https://acme.zendesk.com, or a host-mapped help center address. */
  readonly baseUrl: string;
  /** Only this locale (e.g. en-us); otherwise every locale. */
  readonly locale?: string | null;
  /** With a token: API-token auth as `<email>/token`; without, the token is an OAuth bearer token. */
  readonly email?: string | null;
  /** Public help centers can be read without one. */
  readonly token?: string | null;
  readonly fetch?: FetchFunction;
  readonly signal?: AbortSignal;
  readonly delay?: (milliseconds: number) => Promise<void>;
}

export interface ZendeskHelpCenterExport {
  readonly articles: unknown[];
  readonly sections: unknown[];
  readonly categories: unknown[];
}

export async function fetchZendeskHelpCenter(options: ZendeskHelpCenterOptions): Promise<ZendeskHelpCenterExport> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const token = options.token ?? null;
  const headers = authorizationHeaders(options.email && token ? `${options.email}/token` : null, token);
  const list = async (kind: 'articles' | 'sections' | 'categories'): Promise<unknown[]> => {
    const locale = options.locale ? `/${encodeURIComponent(options.locale)}` : '';
    const pages = await fetchJsonPages({
      what: `Zendesk Help Center ${kind}`,
      firstUrl: `${base}/api/v2/help_center${locale}/${kind}.json?page%5Bsize%5D=100`,
      next: nextPage,
      headers,
      fetch: options.fetch,
      signal: options.signal,
      delay: options.delay,
    });
    return checkShape(`${base} ${kind}`, `a Zendesk ${kind} listing`, () =>
      pages.flatMap((page) => asArray(asObject(page, '$')[kind], `$.${kind}`)),
    );
  };
  return { articles: await list('articles'), sections: await list('sections'), categories: await list('categories') };
}

/** Cursor pagination (meta.has_more + links.next), or the older offset pagination (next_page). */
function nextPage(page: unknown): string | null {
  if (typeof page !== 'object' || page === null) return null;
  const { meta, links, next_page: nextPageUrl } = page as Record<string, unknown>;
  if (typeof meta === 'object' && meta !== null) {
    if ((meta as Record<string, unknown>).has_more !== true) return null;
    return optionalString((links as Record<string, unknown> | undefined)?.next, '$.links.next');
  }
  return typeof nextPageUrl === 'string' ? nextPageUrl : null;
}
