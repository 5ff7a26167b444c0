/** Score decay by document type: a policy page loses weight as it ages; evergreen content never does. */
import type { KnowledgeDocument } from '@switchboard/spec';

export interface FreshnessOptions {
  /** Half-life in days per document type; null or absent means no decay. */
  readonly halfLifeDays: Readonly<Record<string, number | null>>;
  /** Share of the score that decays (the rest is kept however old the page is). */
  readonly weight: number;
  /** "Now" in milliseconds, passed in so core stays pure. */
  readonly now: number;
}

/** A multiplier in (1 − weight, 1]. */
export function freshnessFactor(document: KnowledgeDocument, options: FreshnessOptions): number {
  const halfLife = options.halfLifeDays[document.docType ?? 'default'] ?? options.halfLifeDays['default'] ?? null;
  if (!halfLife || !document.updatedAt) return 1;
  const ageDays = Math.max(0, (options.now - Date.parse(document.updatedAt)) / 86_400_000);
  return 1 - options.weight + options.weight * 0.5 ** (ageDays / halfLife);
}
