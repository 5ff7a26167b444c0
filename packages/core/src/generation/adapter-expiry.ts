/** When a hot-fix adapter expires, and what `serve` and `adapter list` say about it. */

const dayMs = 86_400_000;

/** Days before expiry from which the warning starts. */
export const adapterExpiryNoticeDays = 7;

export interface AdapterExpiry {
  /** Epoch milliseconds: `addedAt` plus `maxAgeDays`. */
  readonly expiresAt: number;
  /** Whole days since it was added. */
  readonly ageDays: number;
  /** Whole days until it expires (rounded up), or minus the whole days since it expired; 0 in its first day expired. */
  readonly daysLeft: number;
  readonly expired: boolean;
}

export function adapterExpiry(addedAt: number, maxAgeDays: number, now: number): AdapterExpiry {
  const expiresAt = addedAt + maxAgeDays * dayMs;
  const remaining = expiresAt - now;
  return {
    expiresAt,
    ageDays: Math.floor(Math.max(0, now - addedAt) / dayMs),
    daysLeft: remaining >= 0 ? Math.ceil(remaining / dayMs) : 0 - Math.floor(-remaining / dayMs),
    expired: remaining <= 0,
  };
}

/**
 * The warning for an adapter that expired or expires within `adapterExpiryNoticeDays`; null for one with longer to
 * go. An adapter is a hot fix: the lasting fix is to merge it into the base model.
 */
export function adapterExpiryWarning(label: string, expiry: AdapterExpiry, maxAgeDays: number): string | null {
  const setting = `adapters.maxAgeDays = ${maxAgeDays}`;
  if (expiry.expired) {
    const ago = -expiry.daysLeft;
    const when = ago === 0 ? 'today' : `${ago} day${ago === 1 ? '' : 's'} ago`;
    return `adapter ${label} expired ${when} (${setting}): merge it into the base model and remove it; it is no longer routed to`;
  }
  if (expiry.daysLeft > adapterExpiryNoticeDays) return null;
  const days = `${expiry.daysLeft} day${expiry.daysLeft === 1 ? '' : 's'}`;
  return `adapter ${label} expires in ${days} (${setting}): merge it into the base model and remove it`;
}
