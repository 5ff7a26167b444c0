/**
 * The grounding check claim by claim, as the guard stage records it (core/pipeline/finish-reply.ts):
 * `grounding.claims` — every fact-stating sentence with the sources its [n] markers cite, whether they support it,
 * and why not — and `unsupportedClaims`, sentences claiming an action the action log does not show.
 */

export interface GroundingClaim {
  readonly text: string;
  readonly supported: boolean;
  /** Why it failed ('low support 0.25', 'uncited', 'no such action in the log'); null when it passed. */
  readonly why: string | null;
  /** The sources it cites, as [n]. */
  readonly sources: readonly string[];
}

/** The detail keys the claims table shows (the rest of the detail is printed as it is). */
export const claimKeys: readonly string[] = ['grounding', 'unsupportedClaims'];

interface RecordedClaim {
  readonly text?: unknown;
  readonly labels?: unknown;
  readonly supported?: unknown;
  readonly reason?: unknown;
}

export function groundingClaims(detail: Readonly<Record<string, unknown>>): GroundingClaim[] {
  const grounding = detail['grounding'] as { claims?: unknown } | undefined;
  const recorded: RecordedClaim[] = Array.isArray(grounding?.claims) ? (grounding.claims as RecordedClaim[]) : [];
  const claims: GroundingClaim[] = recorded
    .filter((claim) => typeof claim?.text === 'string' && typeof claim.supported === 'boolean')
    .map((claim) => ({
      text: claim.text as string,
      supported: claim.supported as boolean,
      why: typeof claim.reason === 'string' ? claim.reason : null,
      sources: Array.isArray(claim.labels) ? claim.labels.map((label) => `[${String(label).replace(/^c/, '')}]`) : [],
    }));
  const actions = Array.isArray(detail['unsupportedClaims']) ? (detail['unsupportedClaims'] as unknown[]) : [];
  for (const text of actions)
    if (typeof text === 'string')
      claims.push({ text, supported: false, why: 'claims an action the action log does not show', sources: [] });
  return claims;
}
