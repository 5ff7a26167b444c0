/** Spots a customer saying the last answer did not help; twice in one conversation hands off. */

const notHelpful: readonly RegExp[] = [
  /\b(?:that|this|it|the answer|your answer)\s+(?:did not|didn't|does not|doesn't|did nothing to|isn't going to|won't)\s+help\b/i,
  /\b(?:not|wasn't|isn't|was not|is not)\s+(?:helpful|useful|what i (?:asked|meant|need(?:ed)?))\b/i,
  /\b(?:still|it's still|it is still)\s+(?:not working|broken|doesn't work|does not work)\b/i,
  /\b(?:no help|unhelpful|that's wrong|that is wrong|wrong answer|you're not (?:listening|understanding))\b/i,
];

export function isNotHelpfulFeedback(text: string): boolean {
  return notHelpful.some((pattern) => pattern.test(text));
}

/** How many customer turns (the current one included) said the bot did not help. */
export function countNotHelpful(customerTurns: readonly string[]): number {
  return customerTurns.filter(isNotHelpfulFeedback).length;
}
