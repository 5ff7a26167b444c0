/** Whether a trace stage ran, was skipped (and why) or failed (and how), from its `detail`. */

export type StageOutcome =
  { readonly status: 'ran' } | { readonly status: 'skipped'; readonly why: string } | { readonly status: 'failed'; readonly why: string };

export function stageOutcome(detail: Readonly<Record<string, unknown>>): StageOutcome {
  if (detail.skipped !== undefined && detail.skipped !== false) return { status: 'skipped', why: describe(detail.skipped) };
  if (detail.error !== undefined && detail.error !== null) return { status: 'failed', why: describe(detail.error) };
  return { status: 'ran' };
}

const describe = (value: unknown): string =>
  typeof value === 'string' ? value : value === true ? 'no reason given' : JSON.stringify(value);

/** `detail` without the named keys, for the part a stage view renders generically. */
export function withoutKeys(detail: Readonly<Record<string, unknown>>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(detail).filter(([name]) => !keys.includes(name)));
}
