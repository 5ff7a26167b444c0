/** Manipulation: talking the agent into unauthorised money, terms or data, or impersonating staff. */
import { defineRules } from './safety-rule.js';

export const manipulationRules = defineRules('manipulation', {
  // An admin asking how to do their own job ("I'm the admin, how do I give my colleague access?") is not a claim.
  'claims-staff':
    /\b(?:i am|i'm|im|this is)\s+(?:the|a|an|your|one of the|one of your)?\s*(?:developer|dev|engineer|admin(?:istrator)?|sysadmin|manager|supervisor|owner|ceo|cto|founder|staff|employee|support agent|moderator|creator|programmer|it department|security team)s?\b(?![^.?!]{0,60}\b(?:how (?:do|can|should|would) (?:i|we)|where (?:do|can) (?:i|we)|what (?:do|should) (?:i|we))\b)[^.?!]{0,80}\b(?:give|grant|approve|authori[sz]e|override|unlock|refund|credit|discount|access|show|tell|need|let|so|enable|disable|test|allowed?|permission)\b/i,
  // What staff said about a refund's *timing* ("the agent said my refund would take 5 days") is a status question.
  'authorised-by-staff':
    /\b(?:your|the|a)\s+(?:manager|supervisor|boss|colleague|agent|rep(?:resentative)?|ceo|sales (?:rep|team)|account manager)\b[^.?!]{0,40}\b(?:said|told me|promised|approved|agreed|authori[sz]ed|offered)\b[^.?!]{0,60}\b(?:discount|refund|credit|free|waive|upgrade|compensation|% off|percent off)\b(?![^.?!]{0,30}\b(?:within|would take|will take|takes|in \d+|\d+\s*(?:-\s*\d+\s*)?(?:working |business )?days?)\b)/i,
  'free-money':
    /\b(?:give|apply|add|issue|grant|credit|put|send|make)\s+(?:me|my account|us)?\s*(?:an?\s+|some\s+)?(?:\d+\s*(?:%|percent)\s+)?(?:discount|free (?:month|months|year|upgrade|credit)|credit|credits|voucher|coupon|promo(?:tion)? code|compensation|goodwill|refund)\b[^.?!]{0,60}\b(?:now|anyway|even though|although|without|or else|or i|right now|immediately|just this once|no questions|regardless|because i)\b/i,
  'force-refund':
    /\b(?:refund|reimburse|credit)\b[^.?!]{0,40}\b(?:even though|even if|outside|after the|past the|beyond|regardless|without (?:a |the )?(?:receipt|return|reason|proof))\b|\b(?:waive|cancel|remove|drop)\b[^.?!]{0,25}\b(?:the )?(?:fee|fees|penalty|cancellation fee|late fee|charges?)\b[^.?!]{0,40}\b(?:or|because|for me|just this once|this time)\b/i,
  'terms-change':
    /\b(?:change|extend|rewrite|modify|amend|upgrade|guarantee|promise|commit to|agree to|confirm)\b[^.?!]{0,40}\b(?:sla|service level|uptime guarantee|contract|terms|warranty|price lock|lifetime (?:price|discount|deal)|penalty clause)\b[^.?!]{0,40}\b(?:for me|for us|now|in writing|guarantee|%|percent|free|without)\b/i,
  'other-customer-data':
    /\b(?:another|other|a different|someone else's|somebody else's|their|his|her|my (?:ex|neighbou?r|boss|wife|husband|partner)'?s?)\s+(?:customers?'?s?|users?'?s?|clients?'?s?|accounts?|orders?|address|email|phone(?: number)?|details|personal (?:data|information|details)|payment (?:details|info|information)|card number|password)\b[^.?!]{0,60}\b(?:give|show|tell|send|share|look up|lookup|access|find|what is|what's|list|export|reveal|can you|could you|i need)\b|\b(?:give|show|tell|send|share|look up|find|list|export|reveal)\s+(?:me\s+)?(?:the\s+)?(?:email|emails|address|addresses|phone numbers?|details|data|accounts?|orders?|payment details|card numbers?)\s+(?:of|for)\s+(?:another|other|all|every|a different|someone|somebody|the other)\b/i,
  'named-person-data':
    /\b(?:[Tt]ell me|[Gg]ive me|[Ww]hat(?: is|'s)|[Ss]hare)\s+(?:the user's|the customer's|[A-Z][a-z]+'s)\s+(?:birth ?date|date of birth|(?:home |current )?address|(?:current )?city of residence|email(?: address)?|phone number|initials|location|account number)\b/,
  // "What's the bank balance of John Doe?": account facts about a named third party.
  'named-person-account':
    /\b(?:bank balance|account balance|balance|home address|address|phone number|email address|account number|location|whereabouts)\s+of\s+[A-Z][a-z]+\s+[A-Z][a-z]+\b/,
  'user-whereabouts':
    /\bwhere (?:is|does) the user (?:live|living|located)\b|\bthe user'?s (?:current )?(?:city|location|home|residence|whereabouts)\b/i,
  'price-match-demand': /\b(?:or (?:else )?i(?:'ll| will)\s+(?:leave|cancel|switch|go to|post|tweet|write a (?:bad|terrible) review))\b/i,
});
