/**
 * The Conversations page's filters, kept in the page's own URL (`/console/conversations?outcome=handoff`) so a filtered
 * list can be shared and survives reload, and turned into the API's query (dates as ISO instants).
 */
import { queryString } from '../api/query-string';

export const filterNames = ['q', 'status', 'handoff', 'intent', 'persona', 'outcome', 'from', 'to'] as const;
export type FilterName = (typeof filterNames)[number];
/** Every filter as text; '' when not set. `from` and `to` are days (YYYY-MM-DD) as a date input gives them. */
export type ConversationFilters = Readonly<Record<FilterName, string>>;

export function readFilters(search: string): ConversationFilters {
  const params = new URLSearchParams(search);
  return Object.fromEntries(filterNames.map((name) => [name, params.get(name)?.trim() ?? ''])) as ConversationFilters;
}

/** The page's query string for these filters: `?outcome=handoff`, or '' with none set. */
export function filtersSearch(filters: ConversationFilters): string {
  return queryString(filters);
}

/** The API path listing conversations with these filters; `before` is the cursor of the page to load next. */
export function conversationsPath(
  filters: ConversationFilters,
  options: { readonly limit: number; readonly before?: string | null },
): string {
  return `/v1/conversations${queryString({
    ...filters,
    from: dayStart(filters.from, 0),
    to: dayStart(filters.to, 1),
    limit: options.limit,
    before: options.before,
  })}`;
}

/** The start of the given local day plus `addDays`, as an ISO instant; '' for a blank or unreadable day. */
function dayStart(day: string, addDays: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return '';
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
