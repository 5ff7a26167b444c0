/** Builds `?a=1&b=x` from a record, leaving out empty values, so a filter left blank is not sent. */

export type QueryValue = string | number | boolean | null | undefined;

export function queryString(params: Readonly<Record<string, QueryValue>>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    search.set(name, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
