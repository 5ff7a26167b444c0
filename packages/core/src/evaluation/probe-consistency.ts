/**
 * Whether a case's probe variants kept what matters (issue 19): the intent chosen for each customer turn and the
 * handoff decision of each reply. A consistency rate per case and over a whole run, and per rule, so a drop names
 * the kind of rewrite the bot does not withstand.
 */
import type { ProbeRule } from './probe-variants.js';

/** The part of a played reply the comparison reads (a suite's `PlayedReply` has it). */
export interface ProbeReply {
  readonly intent: { readonly label: string } | null;
  readonly handoff: { readonly mode: string; readonly reason: string } | null;
}

/** A played conversation, as far as consistency is concerned (a suite's `PlayedCase` has it). */
export interface ProbePlayed {
  readonly replies: readonly ProbeReply[];
}

export interface VariantConsistency {
  readonly rule: ProbeRule;
  /** null when neither conversation had an intent to compare (no intent model). */
  readonly intentKept: boolean | null;
  readonly handoffKept: boolean;
  /** Both kept (the intent where it was measured). */
  readonly kept: boolean;
  /** What changed, one line per turn: `turn 1: intent cancel_order → return_items`. */
  readonly changes: readonly string[];
}

export interface CaseConsistency {
  readonly id: string;
  readonly variants: readonly VariantConsistency[];
  readonly kept: number;
  /** Share of variants that kept both; null for a case with no variant. */
  readonly rate: number | null;
}

export interface RuleConsistency {
  readonly variants: number;
  readonly kept: number;
  readonly rate: number | null;
}

export interface ConsistencySummary {
  readonly cases: number;
  readonly variants: number;
  readonly kept: number;
  /** Kept variants over all variants (each variant weighs the same, whichever case it came from). */
  readonly rate: number | null;
  /** Share of variants that kept the intent, over those where it was measured. */
  readonly intentRate: number | null;
  readonly handoffRate: number | null;
  readonly byRule: Readonly<Partial<Record<ProbeRule, RuleConsistency>>>;
  /** Cases with at least one variant that changed something, lowest rate first. */
  readonly inconsistent: readonly { readonly id: string; readonly rate: number; readonly rules: readonly ProbeRule[] }[];
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * A reply's handoff decision. An offered handoff counts as well as a transfer: "I don't know, shall I pass you to a
 * person?" in place of an answer is the decision a typo must not flip.
 */
function handoffDecision(reply: ProbeReply | undefined): string {
  if (!reply) return 'no reply';
  return reply.handoff ? `${reply.handoff.mode}:${reply.handoff.reason}` : 'none';
}

const intentOf = (reply: ProbeReply | undefined): string => reply?.intent?.label ?? 'none';

/** Compares a variant's conversation with the original's, turn by turn. */
export function compareProbe(rule: ProbeRule, original: ProbePlayed, variant: ProbePlayed): VariantConsistency {
  const turns = Math.max(original.replies.length, variant.replies.length);
  const measured = [...original.replies, ...variant.replies].some((reply) => reply.intent !== null);
  const changes: string[] = [];
  let intentKept = true;
  let handoffKept = true;
  for (let turn = 0; turn < turns; turn += 1) {
    const before = original.replies[turn];
    const after = variant.replies[turn];
    // A turn the original transferred to a person is judged on the handoff alone: the route decided it before the
    // intent could matter, so a label drifting there (a dispute read as cancel_order or as modify_order) is noise.
    const decidedByIntent = before?.handoff?.mode !== 'transferred';
    if (measured && decidedByIntent && intentOf(before) !== intentOf(after)) {
      intentKept = false;
      changes.push(`turn ${turn + 1}: intent ${intentOf(before)} → ${intentOf(after)}`);
    }
    if (handoffDecision(before) !== handoffDecision(after)) {
      handoffKept = false;
      changes.push(`turn ${turn + 1}: handoff ${handoffDecision(before)} → ${handoffDecision(after)}`);
    }
  }
  return { rule, intentKept: measured ? intentKept : null, handoffKept, kept: handoffKept && (!measured || intentKept), changes };
}

/** One case: its original conversation against each of its variants'. */
export function caseConsistency(
  id: string,
  original: ProbePlayed,
  variants: readonly { readonly rule: ProbeRule; readonly played: ProbePlayed }[],
): CaseConsistency {
  const compared = variants.map((variant) => compareProbe(variant.rule, original, variant.played));
  const kept = compared.filter((variant) => variant.kept).length;
  return { id, variants: compared, kept, rate: ratio(kept, compared.length) };
}

/** Over every case of a run: the total rate, the rate per rule, and the cases that were not consistent. */
export function summarizeConsistency(cases: readonly CaseConsistency[]): ConsistencySummary {
  const all = cases.flatMap((entry) => entry.variants);
  const byRule: Partial<Record<ProbeRule, { variants: number; kept: number }>> = {};
  for (const variant of all) {
    const counts = (byRule[variant.rule] ??= { variants: 0, kept: 0 });
    counts.variants += 1;
    if (variant.kept) counts.kept += 1;
  }
  const intentMeasured = all.filter((variant) => variant.intentKept !== null);
  const kept = all.filter((variant) => variant.kept).length;
  return {
    cases: cases.length,
    variants: all.length,
    kept,
    rate: ratio(kept, all.length),
    intentRate: ratio(intentMeasured.filter((variant) => variant.intentKept).length, intentMeasured.length),
    handoffRate: ratio(all.filter((variant) => variant.handoffKept).length, all.length),
    byRule: Object.fromEntries(
      Object.entries(byRule).map(([rule, counts]) => [rule, { ...counts, rate: ratio(counts.kept, counts.variants) }]),
    ),
    inconsistent: cases
      .filter((entry) => entry.rate !== null && entry.rate < 1)
      .map((entry) => ({
        id: entry.id,
        rate: entry.rate!,
        rules: entry.variants.filter((variant) => !variant.kept).map((variant) => variant.rule),
      }))
      .sort((a, b) => a.rate - b.rate || a.id.localeCompare(b.id)),
  };
}
