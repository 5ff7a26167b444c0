/** The customer attributes a signed identity token vouches for: the only customer facts that decide anything. */

/**
 * Who the customer is, as verified from an identity token the company's own backend signed (`identityToken`).
 * Unlike `CustomerInfo` (display data the caller asserts), these attributes choose personas, languages, admin
 * sections and whose records a workflow may touch.
 */
export interface VerifiedIdentity {
  /** The customer's id in the company's systems (the token's `sub`); workflows act on this customer's records only. */
  readonly customerId: string;
  /** The customer's plan (e.g. 'enterprise'), for persona rules. */
  readonly plan?: string;
  /** The customer's tier (e.g. 'gold'), for persona rules. */
  readonly tier?: string;
  /** A BCP 47 locale (e.g. 'de-DE'), used when the conversation does not tell the language. */
  readonly locale?: string;
  /** The customer's role in their own organisation (e.g. 'admin'), which unlocks admin sections. */
  readonly role?: string;
  /** The customer's email address, which the output guard treats as the customer's own. */
  readonly email?: string;
}
