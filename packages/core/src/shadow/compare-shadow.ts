/** How a shadow reply differs from production's on the same message: the per-message figures the report aggregates. */
import { rougeL } from '../evaluation/rouge-l.js';
import type { ShadowSide } from './shadow-side.js';

export interface ShadowComparison {
  /** Both sides gave the same intent label (both none counts as agreement). */
  readonly intentAgrees: boolean;
  /** Both handed off the same way (`transferred`, `offered`) or both not at all. */
  readonly handoffAgrees: boolean;
  /** ROUGE-L F1 of the shadow's reply against production's (0 when either has no words). */
  readonly answerOverlap: number;
  /** Jaccard of the cited chunk ids; 1 when neither cites anything, since they then agree on citing nothing. */
  readonly citationOverlap: number;
}

/** Jaccard similarity |A∩B| / |A∪B| of two id lists as sets; 1 for two empty lists. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  const union = new Set([...left, ...right]);
  if (union.size === 0) return 1;
  let shared = 0;
  for (const id of left) if (right.has(id)) shared += 1;
  return shared / union.size;
}

export function compareShadow(production: ShadowSide, shadow: ShadowSide): ShadowComparison {
  return {
    intentAgrees: production.intent === shadow.intent,
    handoffAgrees: production.handoff === shadow.handoff,
    answerOverlap: rougeL(shadow.text, production.text).f1,
    citationOverlap: jaccard(production.citations, shadow.citations),
  };
}
