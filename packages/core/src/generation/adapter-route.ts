/**
 * Hot-fix adapters: a fine-tuned adapter on the same endpoint drafts first for the intents (and cohorts) it was
 * registered for, until it expires. Matching is pure; the answerer puts the match at the head of its fallback chain.
 */
import type { ChatModel } from '@switchboard/spec';

export interface AdapterRoute {
  readonly name: string;
  /** Semantic version; the trace names the adapter `name@version`. */
  readonly version: string;
  /** The adapter as a chat model (an OpenAI-compatible endpoint serves each adapter under its own model name). */
  readonly model: ChatModel;
  /** The intent labels it answers; a message without an intent never goes to an adapter. */
  readonly intents: readonly string[];
  /** The personas it answers; empty: every persona, and none. */
  readonly cohorts: readonly string[];
  /** Epoch milliseconds from which it is never routed to (`adapters.maxAgeDays` after it was added). */
  readonly expiresAt: number;
}

export interface AdapterMatch {
  /** The first unexpired adapter registered for the intent and cohort, or null. */
  readonly adapter: AdapterRoute | null;
  /** Adapters that would have matched but have expired, as `name@version`: the trace says why they were passed over. */
  readonly expired: readonly string[];
}

/** `name@version`, as traces, warnings and `adapter list` name an adapter. */
export function adapterLabel(adapter: Pick<AdapterRoute, 'name' | 'version'>): string {
  return `${adapter.name}@${adapter.version}`;
}

export function matchAdapter(
  adapters: readonly AdapterRoute[],
  request: { readonly intent?: string | null; readonly cohort?: string | null },
  now: number,
): AdapterMatch {
  const intent = request.intent ?? null;
  if (intent === null) return { adapter: null, expired: [] };
  const cohort = request.cohort ?? null;
  const matching = adapters.filter(
    (adapter) =>
      adapter.intents.includes(intent) && (adapter.cohorts.length === 0 || (cohort !== null && adapter.cohorts.includes(cohort))),
  );
  return {
    adapter: matching.find((adapter) => now < adapter.expiresAt) ?? null,
    expired: matching.filter((adapter) => now >= adapter.expiresAt).map(adapterLabel),
  };
}
