/**
 * The rater-anomaly filter: how far to trust each rater's ratings, from whether they follow what happened. A rater
 * who gives the same extreme whatever the outcome, or a 5 that a reopen then contradicts, is discounted. Pure.
 */
import type { OutcomeLabel } from './derive-outcome.js';

/** One rated conversation. */
export interface Rating {
  /** Who rated (`ConversationOutcome.rater`: the verified customer, the device, or the conversation alone). */
  readonly rater: string;
  readonly conversationId: string;
  /** The latest 1–5 rating of the conversation. */
  readonly csat: number;
  readonly outcome: OutcomeLabel;
  /** The conversation was reopened after the rating was given. */
  readonly reopenedAfter: boolean;
}

export interface RaterVerdict {
  /** 0–1: what each of the rater's ratings counts for. */
  readonly weight: number;
  /** Why it is below 1; empty when it is not. */
  readonly reasons: readonly string[];
}

/**
 * A pattern needs this many rated conversations: two 5s from a happy customer, or two 1s from an unlucky one, are
 * ordinary; three identical extremes whatever happened is a habit.
 */
export const minPatternConversations = 3;
/**
 * What a rater who always gives the same extreme regardless of the outcome still counts for. Not 0: such a rater is
 * sometimes right, and dropping them entirely would let a few habits silence a customer; a quarter keeps them heard.
 */
export const constantRaterWeight = 0.25;
/**
 * Each 4 or 5 followed by a reopen of the same conversation halves the rater's weight: the rating was given before the
 * customer knew whether the answer worked, so their ratings say less of the outcome (two such cases leave a quarter).
 */
export const contradictionFactor = 0.5;
/** Ratings at or above this are positive, so a reopen after them is a contradiction. */
export const positiveRating = 4;

const goodOutcomes: ReadonlySet<OutcomeLabel> = new Set(['resolved_bot', 'resolved_human']);
const badOutcomes: ReadonlySet<OutcomeLabel> = new Set(['reopened', 'abandoned', 'escalated']);

/** Each rater's weight; a rater with no anomaly gets 1. */
export function raterWeights(ratings: readonly Rating[]): Map<string, RaterVerdict> {
  const byRater = new Map<string, Rating[]>();
  for (const rating of ratings) byRater.set(rating.rater, [...(byRater.get(rating.rater) ?? []), rating]);
  const verdicts = new Map<string, RaterVerdict>();
  for (const [rater, own] of byRater) verdicts.set(rater, verdict(own));
  return verdicts;
}

function verdict(ratings: readonly Rating[]): RaterVerdict {
  let weight = 1;
  const reasons: string[] = [];
  const scores = new Set(ratings.map((rating) => rating.csat));
  const [only] = scores;
  if (ratings.length >= minPatternConversations && scores.size === 1 && (only === 1 || only === 5)) {
    // All 1s where every conversation did go badly (or all 5s where every one was resolved) is a rater who follows
    // the outcome: nothing to discount.
    const agrees = ratings.every((rating) =>
      only === 1 ? badOutcomes.has(rating.outcome) : goodOutcomes.has(rating.outcome) && !rating.reopenedAfter,
    );
    if (!agrees) {
      weight *= constantRaterWeight;
      reasons.push(`all ${only}s over ${ratings.length} conversations, whatever their outcome`);
    }
  }
  for (const rating of ratings) {
    if (rating.csat < positiveRating || !rating.reopenedAfter) continue;
    weight *= contradictionFactor;
    reasons.push(`rated ${rating.conversationId} ${rating.csat}, then reopened it`);
  }
  return { weight, reasons };
}
