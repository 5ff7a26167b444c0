/**
 * The grounding check claim by claim, from whatever the guard (or generate) stage's detail holds: `claims` with a
 * verdict each, or `supportedClaims` / `unsupportedClaims` / `failedClaims` lists of strings or objects.
 */

export interface GroundingClaim {
  readonly text: string;
  /** null when the detail does not say. */
  readonly supported: boolean | null;
  readonly why: string | null;
}

/** The detail keys read as claims, with the verdict their items have unless an item says otherwise. */
export const claimKeys: Readonly<Record<string, boolean | null>> = {
  claims: null,
  supportedClaims: true,
  unsupportedClaims: false,
  failedClaims: false,
};

const supportedWords = new Set(['supported', 'grounded', 'ok', 'pass', 'passed', 'verified', 'allowed']);

export function groundingClaims(detail: Readonly<Record<string, unknown>>): GroundingClaim[] {
  const claims: GroundingClaim[] = [];
  for (const [key, verdict] of Object.entries(claimKeys)) {
    const items = detail[key];
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      const claim = readClaim(item, verdict);
      if (claim) claims.push(claim);
    }
  }
  return claims;
}

function readClaim(item: unknown, verdict: boolean | null): GroundingClaim | null {
  if (typeof item === 'string') return { text: item, supported: verdict, why: null };
  if (typeof item !== 'object' || item === null) return null;
  const record = item as Record<string, unknown>;
  const text = firstString(record, ['text', 'claim', 'sentence']);
  if (text === null) return null;
  const label = firstString(record, ['verdict', 'status', 'label']);
  const flag = [record.supported, record.grounded].find((value) => typeof value === 'boolean') as boolean | undefined;
  const supported = flag ?? (label === null ? verdict : supportedWords.has(label.toLowerCase()));
  const reason = firstString(record, ['reason', 'why', 'evidence']);
  return { text, supported, why: reason ?? (supported === false && label !== null ? label : null) };
}

function firstString(record: Record<string, unknown>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string' && value !== '') return value;
  }
  return null;
}
