/** Fetches the pages of a Confluence space through the REST content API, in the shape of a content export. */
import { asArray, asObject, checkShape } from '../json-shape.js';
import { authorizationHeaders, fetchJsonPages, type FetchFunction } from '../fetch-json-pages.js';

export interface ConfluenceSpaceOptions {
  /** e.g. https://acme.atlassian.net/wiki */
  readonly baseUrl: string;
  readonly spaceKey: string;
  /** With a token: basic auth `<email>:<token>` (Cloud); without, a bearer personal access token (Data Center). */
  readonly email?: string | null;
  readonly token?: string | null;
  readonly fetch?: FetchFunction;
  readonly signal?: AbortSignal;
  readonly delay?: (milliseconds: number) => Promise<void>;
}

export interface ConfluenceContentExport {
  readonly results: unknown[];
  readonly _links: { readonly base: string };
}

const expand = 'body.storage,ancestors,version,space,metadata.labels';

export async function fetchConfluenceSpace(options: ConfluenceSpaceOptions): Promise<ConfluenceContentExport> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const token = options.token ?? null;
  const query = new URLSearchParams({ spaceKey: options.spaceKey, type: 'page', status: 'current', expand, limit: '50' });
  const pages = await fetchJsonPages({
    what: `Confluence space ${options.spaceKey}`,
    firstUrl: `${base}/rest/api/content?${query.toString()}`,
    // `_links.next` is relative to the site, which `_links.base` (the wiki root) may not be: resolve it on the origin
    // unless it already carries the wiki path.
    next: (page) => {
      const next = (page as { _links?: { next?: unknown } })._links?.next;
      if (typeof next !== 'string') return null;
      const path = new URL(base).pathname.replace(/\/+$/, '');
      return new URL(next.startsWith(`${path}/`) ? next : `${path}${next}`, base).toString();
    },
    headers: authorizationHeaders(options.email && token ? options.email : null, token),
    fetch: options.fetch,
    signal: options.signal,
    delay: options.delay,
  });
  const results = checkShape(`${base} space ${options.spaceKey}`, 'a Confluence content listing', () =>
    pages.flatMap((page) => asArray(asObject(page, '$').results, '$.results')),
  );
  return { results, _links: { base } };
}
