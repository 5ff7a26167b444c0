/** Financial disputes: wrong, duplicate or unexplained charges and amounts, which a person must resolve. */
import { defineRules } from './safety-rule.js';

const charge = String.raw`(?:charged|billed|debited|taken|deducted|paid|payment|transaction|charge)`;
const wrong = String.raw`(?:wrong|incorrect|not right|mess(?:es|ed)? up|not correct|isn't right|wasn't right|messed up|an error|a mistake|mistaken|atrocious|terrible|unfair|ripping|rip(?:ped)? off|way off|too high|exorbitant)`;

export const financialDisputeRules = defineRules('financial_dispute', {
  'charged-twice': new RegExp(
    String.raw`\b${charge}\b[^.?!]{0,40}\b(?:twice|two times|2 times|three times|several times|multiple times|many times|more than once)\b|\b(?:double|duplicate|duplicated|repeated)[- ]?(?:charged|charges?|payments?|transactions?|billing|billed|debits?)\b|\bmore than one (?:charge|payment|transaction)\b|\bsame (?:charge|payment|transaction) (?:twice|again|two times)\b`,
    'i',
  ),
  'wrong-amount':
    /\b(?:wrong|incorrect|not the right|not the correct|didn't (?:get|receive) the (?:right|correct|full)|did not (?:get|receive) the (?:right|correct|full))\b[^.?!]{0,30}\b(?:amount|sum|total|cash|money|balance|price|exchange rate|rate)\b/i,
  overcharged:
    /\b(?:overcharged|over-charged|over charged|overbilled|charged (?:me )?(?:(?:way )?(?:too|to) much|the wrong|incorrectly|by mistake|in error)|short[- ]changed|ripped off|rip[- ]off|charged (?:me )?(?:an? )?(?:exorbitant|ridiculous|huge|outrageous))\b/i,
  'rate-wrong': new RegExp(
    String.raw`\b(?:exchange|conversion|currency)?\s*rate(?: of exchange| applied)?\b[^.?!]{0,50}\b${wrong}|\b${wrong}\b[^.?!]{0,40}\b(?:exchange|conversion) ?rate\b`,
    'i',
  ),
  'less-cash':
    /\b(?:less|only part of|part of|not all(?: of)?|only (?:got|received|gave)|didn'?t give me all|did not give me all|not (?:given|distributed) all)\b[^.?!]{0,40}\b(?:cash|money|amount|notes|\$?\d+)\b[^.?!]{0,40}\b(?:atm|machine|requested|asked|wanted|expected|withdraw\w*|specified)\b|\b(?:atm|cash machine|cashpoint)\b[^.?!]{0,60}\b(?:only gave|didn'?t give|did not give|gave me (?:less|only|the wrong)|short|less|wrong amount|incorrect)\b|\bcash withdrawal (?:was|is) (?:incorrect|wrong|short)\b|\ball it gave me was\b|\b(?:did ?n[o']t|does ?n[o']t) match the amount\b|\bonly (?:got|received) [$£€]?\d/i,
  'unexplained-charge':
    /\b(?:extra|additional|unexplained|unknown|hidden|strange|mysterious|unexpected|random)\s+(?:[$£€]?\s?\d+(?:[.,]\d+)?\s?[$£€]?\s+)?(?:charges?|fees?|amounts?|payments?)\b[^.?!]{0,30}\b(?:on|in) (?:my|the) (?:statement|account|bill|app)\b|\b(?:charge|fee|payment|transaction|direct debit)\s+(?:on|in) my (?:statement|bill)\b|\b[$£€]\s?1\b[^.?!]{0,20}\b(?:charge|fee|transaction)\b|\b(?:where|why) (?:did|does|is) (?:this|the|that) (?:charge|payment|fee|direct debit) (?:come from|for|on my)\b|\bwhere this charge came from\b|\bwhat (?:is|was) (?:this|that|the) (?:[$£€]?\d+ )?(?:charge|payment|direct debit|transaction|debit) (?:on|in|for on) my\b/i,
  'dispute-word':
    /\b(?:dispute (?:a|the|this|that|my) (?:charge|payment|transaction)|disagree with (?:a|the|this) (?:charge|payment|transaction)|chargeback (?:for|on) (?:this|my|the)|charged (?:by|in) (?:mistake|error))\b/i,
  // A customer about to reverse a payment through their bank: a person must take it before the money moves. Asking what
  // a chargeback is stays a question (benign-look-alike test).
  chargeback:
    /\b(?:fil(?:e|ing)|open(?:ing)?|start(?:ing)?|rais(?:e|ing)|initiat(?:e|ing)|request(?:ing)?|issu(?:e|ing)|do(?:ing)?|mak(?:e|ing)|put(?:ting)? in|go(?:ing)? for|get(?:ting)?)\s+(?:a |for a |in a )?(?:chargeback|charge[- ]back)s?\b|\b(?:chargeback|charge[- ]back)\s+(?:with|through|via) (?:my|the) (?:bank|card|credit card|card issuer)\b/i,
});
