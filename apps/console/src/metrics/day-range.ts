/** The `from` and `to` of the last N days, ending now: what the Metrics page's range selector asks for. */

const dayMs = 86_400_000;

export function dayRange(days: number, now: number): { readonly from: string; readonly to: string } {
  return { from: new Date(now - days * dayMs).toISOString(), to: new Date(now).toISOString() };
}
