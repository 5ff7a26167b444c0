/**
 * Who acts on a handoff or an approval. The body's `agent` is what the caller claims; the key is what was verified.
 * An agent key acts as itself only (its name), so one agent cannot claim, reply or decide as another; an admin key
 * may act for a named agent (its scope is everything), and over every holder when it names none.
 */
import type { FastifyRequest } from 'fastify';
import { SwitchboardError } from '@switchboard/spec';
import { verifiedKeyOf } from './request-credentials.js';

export function actingAgent(request: FastifyRequest, claimed: string | null | undefined): string | null {
  const key = verifiedKeyOf(request);
  if (!key) return claimed ?? null;
  // An admin naming no agent acts as the operator over every holder (as before keys had names).
  if (key.scope === 'admin') return claimed ?? null;
  if (claimed != null && claimed !== key.name)
    throw new SwitchboardError('FORBIDDEN', `this key acts as agent "${key.name}"; it cannot act as "${claimed}"`);
  return key.name;
}
