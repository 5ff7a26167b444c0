/**
 * The composite quality label of a conversation: CSAT, thumbs, a ticket's rating, escalation, reopen and resolution
 * combined into one score in [-1, 1] (bad to good) with a confidence in [0, 1]. Pure; weights are named below.
 */
import type { OutcomeLabel } from './derive-outcome.js';

export interface QualityEvidence {
  readonly outcome: OutcomeLabel;
  /** A handoff was opened. */
  readonly escalated: boolean;
  /** The customer's latest 1–5 rating; null when none. */
  readonly csat: number | null;
  readonly thumbsUp: number;
  readonly thumbsDown: number;
  /** A linked Zendesk ticket's good/bad rating; null when none. */
  readonly ticketSatisfaction: 'good' | 'bad' | null;
  /** How far the rater's ratings are trusted, 0–1 (`raterWeights`); 1 when absent. */
  readonly raterWeight?: number;
}

export interface QualityLabel {
  /** -1 (certainly bad) to 1 (certainly good); 0 when the evidence is absent or cancels out. */
  readonly score: number;
  /** 0 (no evidence, or evidence that disagrees) to 1 (plenty of evidence pointing one way). */
  readonly confidence: number;
}

/**
 * A low rating is given on purpose and is rarely wrong; a high one is the default many customers click to close the
 * survey (CSAT skews positive), so a 1 weighs twice what a 5 does. A 3 adds the same weight as a 5 but no direction:
 * it pulls the score toward 0 ("uncertain") rather than up.
 */
export const lowRatingWeight = 0.6;
export const highRatingWeight = 0.3;
/** Thumbs are one click on one reply, weaker than a rating of the conversation; a down is, again, the clearer signal. */
export const thumbsDownWeight = 0.25;
export const thumbsUpWeight = 0.1;
/** Zendesk's good/bad rating, read like a 5 or a 1 of CSAT. */
export const ticketGoodWeight = highRatingWeight;
export const ticketBadWeight = lowRatingWeight;
/** A customer coming back is the strongest evidence there is that the answer did not hold: it is behaviour, not opinion. */
export const reopenWeight = 0.8;
/**
 * An escalation is not a failure in itself (some topics must go to a person) but the bot did not finish the job, so
 * it leans negative, weakly.
 */
export const escalationWeight = 0.3;
export const escalationValue = -0.5;
/**
 * Silence after an answer may be satisfaction or giving up, so a resolution by the bot is weak evidence on its own;
 * a person's resolution says even less of the bot. Going silent after a decline is a mild negative.
 */
export const botResolutionWeight = 0.25;
export const humanResolutionWeight = 0.2;
export const humanResolutionValue = 0.5;
export const abandonmentWeight = 0.3;
export const abandonmentValue = -0.5;
/**
 * The weight of a neutral prior the score is shrunk toward: one 5 alone should not read as a certain success. Half a
 * unit keeps a lone 5 at about a third of the scale while a 1 with a reopen still reaches three quarters.
 */
export const priorWeight = 0.5;
/** The net evidence that gives a confidence of 1 − 1/e (63%): about a 1 on its own. */
export const confidenceScale = 0.7;

interface Signal {
  /** -1 to 1: which way it points. */
  readonly value: number;
  /** How much it counts. */
  readonly weight: number;
}

export function qualityLabel(evidence: QualityEvidence): QualityLabel {
  const trust = Math.min(1, Math.max(0, evidence.raterWeight ?? 1));
  const signals: Signal[] = [];
  if (evidence.csat !== null) {
    const value = (evidence.csat - 3) / 2;
    signals.push({ value, weight: (value < 0 ? lowRatingWeight : highRatingWeight) * trust });
  }
  if (evidence.thumbsDown > evidence.thumbsUp) signals.push({ value: -1, weight: thumbsDownWeight * trust });
  else if (evidence.thumbsUp > evidence.thumbsDown) signals.push({ value: 1, weight: thumbsUpWeight * trust });
  if (evidence.ticketSatisfaction === 'good') signals.push({ value: 1, weight: ticketGoodWeight * trust });
  if (evidence.ticketSatisfaction === 'bad') signals.push({ value: -1, weight: ticketBadWeight * trust });
  if (evidence.outcome === 'reopened') signals.push({ value: -1, weight: reopenWeight });
  if (evidence.escalated) signals.push({ value: escalationValue, weight: escalationWeight });
  if (evidence.outcome === 'resolved_bot') signals.push({ value: 1, weight: botResolutionWeight });
  if (evidence.outcome === 'resolved_human') signals.push({ value: humanResolutionValue, weight: humanResolutionWeight });
  if (evidence.outcome === 'abandoned') signals.push({ value: abandonmentValue, weight: abandonmentWeight });

  const net = signals.reduce((sum, signal) => sum + signal.value * signal.weight, 0);
  const mass = signals.reduce((sum, signal) => sum + signal.weight, 0);
  // |net| <= mass, so the score stays inside [-1, 1]; signals that disagree cancel in `net` and lower the confidence.
  return { score: round(net / (mass + priorWeight)), confidence: round(1 - Math.exp(-Math.abs(net) / confidenceScale)) };
}

function round(value: number): number {
  // Adding 0 turns -0 into 0: no evidence reads as a score of 0, not -0.
  return Math.round(value * 1000) / 1000 + 0;
}
