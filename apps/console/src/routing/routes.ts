/** The console's pages by path under /console/, and the paths that lead to them. */

export const basePath = '/console';

export type Route =
  | { readonly page: 'inbox' }
  | { readonly page: 'conversations' }
  | { readonly page: 'conversation'; readonly id: string }
  | { readonly page: 'approvals' }
  | { readonly page: 'knowledge' }
  | { readonly page: 'metrics' }
  | { readonly page: 'evaluations' }
  | { readonly page: 'evaluation'; readonly id: string }
  | { readonly page: 'experiments' }
  | { readonly page: 'experiment'; readonly id: string }
  | { readonly page: 'rollout' }
  | { readonly page: 'shadow' }
  | { readonly page: 'not-found' };

const simplePages = {
  conversations: 'conversations',
  approvals: 'approvals',
  knowledge: 'knowledge',
  metrics: 'metrics',
  evaluations: 'evaluations',
  experiments: 'experiments',
  rollout: 'rollout',
  shadow: 'shadow',
} as const;

/** Pages of one item by id under a list's path: /console/conversations/:id, /console/evaluations/:id, /console/experiments/:name. */
const itemPages = { conversations: 'conversation', evaluations: 'evaluation', experiments: 'experiment' } as const;

/** The page a browser path shows: `/console/` and `/console` are the inbox; anything unknown is not found. */
export function matchRoute(pathname: string): Route {
  if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return { page: 'not-found' };
  const parts = pathname
    .slice(basePath.length)
    .split('/')
    .filter((part) => part !== '');
  if (parts.length === 0) return { page: 'inbox' };
  const [first, second, ...rest] = parts;
  if (rest.length > 0 || first === undefined) return { page: 'not-found' };
  if (second !== undefined && Object.hasOwn(itemPages, first)) {
    try {
      return { page: itemPages[first as keyof typeof itemPages], id: decodeURIComponent(second) };
    } catch {
      return { page: 'not-found' };
    }
  }
  if (second === undefined && Object.hasOwn(simplePages, first)) return { page: simplePages[first as keyof typeof simplePages] };
  return { page: 'not-found' };
}

/** The browser path of a page. */
export function pathOf(route: Exclude<Route, { page: 'not-found' }>): string {
  if (route.page === 'inbox') return `${basePath}/`;
  if (route.page === 'conversation') return `${basePath}/conversations/${encodeURIComponent(route.id)}`;
  if (route.page === 'evaluation') return `${basePath}/evaluations/${encodeURIComponent(route.id)}`;
  if (route.page === 'experiment') return `${basePath}/experiments/${encodeURIComponent(route.id)}`;
  return `${basePath}/${route.page}`;
}
