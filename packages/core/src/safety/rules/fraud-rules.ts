/** Fraud: payments, withdrawals or access the customer did not make, and lost or stolen cards or devices. */
import { defineRules } from './safety-rule.js';

// Words for "a movement of money" and for "I did not do it", reused across patterns.
const money = String.raw`(?:payments?|transactions?|charges?|purchases?|withdrawals?|withdrawn|debits?|direct debits?|transfers?|orders?|subscriptions?|payees?|spending|activity|money|cash|funds)`;
const notMine = String.raw`(?:(?:do|did|have|had|could)\s*(?:n't|not)\s*(?:(?:recall|remember) (?:making|authori[sz]ing|doing|buying|ordering|setting up|approving)|recogni[sz]e|recall|remember|make|made|authori[sz]e|authori[sz]ed|complete|completed|submit|submitted|do|done|set up|approve|approved|order|ordered|buy|bought|take|took|withdraw|withdrew)|(?:was|were)\s*(?:n't|not)\s*(?:authori[sz]ed|approved|made|done) by me|never\s+(?:made|submitted|authori[sz]ed|approved|ordered|bought|did|set up|signed up|took|withdrew|completed))`;
const oddAdjective = String.raw`(?:unrecogni[sz]ed|unauthori[sz]ed|unknown|unfamiliar|suspicious|unusual|fraudulent|mysterious|strange|weird|odd)`;

export const fraudRules = defineRules('fraud', {
  'not-my-transaction': new RegExp(String.raw`\b${notMine}\b[^.?!]{0,60}\b${money}\b|\b${money}\b[^.?!]{0,60}\b${notMine}\b`, 'i'),
  'odd-transaction': new RegExp(String.raw`\b${oddAdjective}\s+(?:\w+\s+)?${money}`, 'i'),
  'not-me': new RegExp(
    String.raw`\b${money}\b[^.?!]{0,80}\b(?:(?:was|is|were) not (?:me|mine)|wasn't (?:me|mine)|(?:is|was|it's|its) not mine|isn't mine|not by me|(?:that's|that is|it's|it is|this is) (?:a mistake|an error))\b(?! message)|\bwithout my (?:consent|permission|authori[sz]ation|knowledge|approval)\b`,
    'i',
  ),
  'someone-else-used':
    /\b(?:someone|somebody|some one|another person|a stranger|a third party|unknown person)\b[^.?!]{0,40}\b(?:used|using|utili[sz]ing|took|taken|withdrew|withdrawn|accessed|made (?:a |an )?(?:payment|purchase|transaction|withdrawal|transfer|charge)s?|charged|spent|bought|got hold of|(?:has|have) (?:my|access to my|got my)|stole|stolen|hacked|logged)\b/i,
  compromised: /\b(?:compromised|hacked|breached|skimmed|cloned|phished|identity theft|stolen identity|account takeover)\b/i,
  'stolen-or-lost':
    /\b(?:stolen|stole|robbed|mugged|pickpocket\w*|theft|lost|misplaced|left|dropped|can(?:'t|not) find|no longer have|don't have)\b[^.?!]{0,20}\bmy\s+(?:\w+\s+)?(?:cards?|wallet|purse|phone|mobile|device|handbag|bag)\b|\bmy\s+(?:\w+\s+)?(?:cards?|wallet|purse|phone|mobile|device)\b[^.?!]{0,30}\b(?:was|were|got|has been|have been|is|been|are|fell)\s+(?:just\s+|already\s+)?(?:stolen|lost|taken|nicked|missing|gone|out)\b|\b(?:cards?|phone) (?:is|was|has gone|went|now) missing\b|\bmy (?:other |old )?(?:one|card|phone) (?:was|got|has been) stolen\b|\bmy (?:lost|stolen|missing) (?:card|phone|wallet)\b/i,
  'freeze-card':
    /\b(?:freeze|block|cancel|cut off|lock|stop)\s+(?:my|the|a)\s+(?:\w+\s+)?card\b[^.?!]{0,30}\b(?:immediately|now|right away|asap|urgently|quickly|stolen|lost|missing)\b|\b(?:number|phone|call)\b[^.?!]{0,20}\b(?:freeze|block|cancel) (?:my|a|the) card\b|\bcut off the card\b/i,
  // The customer's own case ("this is fraud", "fraudulent charges on my card"), not fraud in a news story.
  'fraud-word':
    /\b(?:i|me|my|we|our|us)\b[^.?!]{0,60}\b(?:fraud|fraudster|fraudulent|scammed|scammer|scammers|swindled)\b|\b(?:fraud|fraudster|fraudulent|scammed|scammer|scammers|swindled)\b[^.?!]{0,60}\b(?:i|me|my|we|our|us)\b|\bi(?:'ve| have)? (?:been|got) (?:scammed|conned|robbed)\b/i,
  'card-details-leaked':
    /\b(?:card|account|bank) (?:details|number|info(?:rmation)?|pin|password)\b[^.?!]{0,40}\b(?:stolen|leaked|exposed|someone|compromised)\b/i,
});
