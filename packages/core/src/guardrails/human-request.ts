/** Spots a customer asking for a person ("agent", "talk to a human", "representative"), which hands off at once. */

import { createTermTypoCorrector } from '../rewrite/term-typo-corrector.js';

// Bare words count only when they are (nearly) the whole message: "agent" or "human please" asks for one,
// "what does the agent setting do?" does not.
const bareRequest =
  /^\s*(?:(?:an?|the|a real|real|live|speak to an?|talk to an?)\s+)?(?:agent|human|person|representative|rep|operator|someone|somebody|customer service|support)(?:\s+(?:please|pls|now|asap))?\s*[.!?]*\s*$/i;

const phrasedRequests: readonly RegExp[] = [
  /\b(?:talk|speak|chat|get|connect|transfer|put|escalate)\b[\w\s,']{0,24}\b(?:to|with|me)\b[\w\s']{0,16}\b(?:an?\s+)?(?:human|person|agent|representative|operator|someone real|real person|live agent|manager|supervisor|staff member|customer service)\b/i,
  /\b(?:i\s+(?:want|need|would like|'d like)|can i (?:have|get)|give me|let me (?:talk|speak) to)\s+(?:an?\s+|to talk to an?\s+|to speak (?:to|with) an?\s+)?(?:real\s+|live\s+)?(?:human|person|agent|representative|operator)\b/i,
  /\b(?:real|live|actual)\s+(?:human|person|agent|representative|people)\b/i,
  /\bare you (?:a )?(?:bot|robot|human)\b.*\b(?:human|person)\b/i,
  // A few common equivalents in other languages, since a customer under stress writes in their own.
  /\b(?:hablar con (?:una )?persona|agente humano|parler à (?:un |une )?(?:humain|personne|conseiller)|mit einem menschen|mitarbeiter sprechen)\b/i,
];

/** Words of a request for a person that a customer in a hurry types wrong ("talk to a persn", "real humna"). */
const requestWords = [
  'human',
  'person',
  'agent',
  'representative',
  'operator',
  'someone',
  'somebody',
  'supervisor',
  'manager',
  'speak',
  'transfer',
  'connect',
];
const requestTypos = createTermTypoCorrector(requestWords);

/**
 * The phrase that asks for a human, or null. Extra phrases come from config and match case-insensitively. A message
 * that asks for none as written is read again with its request words' typos corrected.
 */
export function detectHumanRequest(text: string, extraPhrases: readonly string[] = []): string | null {
  const asWritten = requestIn(text, extraPhrases);
  if (asWritten !== null) return asWritten;
  const { corrected, corrections } = requestTypos.correct(text);
  return corrections.length > 0 ? requestIn(corrected, extraPhrases) : null;
}

function requestIn(text: string, extraPhrases: readonly string[]): string | null {
  if (bareRequest.test(text)) return text.trim();
  for (const pattern of phrasedRequests) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  const lower = text.toLowerCase();
  return extraPhrases.find((phrase) => phrase.trim() && lower.includes(phrase.toLowerCase())) ?? null;
}
