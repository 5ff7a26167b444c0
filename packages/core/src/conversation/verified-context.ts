/** The parts of a message's context that decide things, taken from the conversation's verified identity alone. */
import type { CustomerInfo, VerifiedIdentity } from '@switchboard/spec';
import type { MessageContext } from '../pipeline/answer-pipeline.js';

export type VerifiedContext = Required<Pick<MessageContext, 'customer' | 'verifiedLocale' | 'verifiedRole' | 'verifiedCustomerId'>>;

/**
 * The customer facts personas, languages, admin sections and workflow ownership read. The body's `customer` is display
 * data the caller asserts, so it never appears here: an anonymous customer decides nothing.
 */
export function verifiedContext(identity: VerifiedIdentity | null): VerifiedContext {
  if (!identity) return { customer: null, verifiedLocale: null, verifiedRole: null, verifiedCustomerId: null };
  const { customerId, ...attributes } = identity;
  const customer: CustomerInfo = { id: customerId, ...attributes };
  return {
    customer,
    verifiedLocale: identity.locale ?? null,
    verifiedRole: identity.role === 'admin' ? 'admin' : 'end-user',
    verifiedCustomerId: customerId,
  };
}
