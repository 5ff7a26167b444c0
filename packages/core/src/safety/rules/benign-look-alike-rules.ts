/**
 * Benign look-alikes: messages that share words with unsafe ones but are ordinary requests. An `allow`
 * match vetoes a flag that came from the model alone; a category rule still wins over it. A `retract`
 * match ("…? no, sorry — how do I…") means only the words after it are the customer's actual request.
 */
import { defineRules } from './safety-rule.js';

export const benignLookAlikeRules = defineRules('allow', {
  'computing-kill':
    /\b(?:kill|terminate|end|stop|abort|shoot down|execute|nuke)\s+(?:a|the|this|my|all|that)?\s*(?:python |linux |background |zombie |child |running )?(?:process(?:es)?|thread|task|job|session|query|container|pod|server|program|app|script|command|loop|connection|tab|service)\b/i,
  'everyday-violence-idiom':
    /\b(?:kill|killing|slay|crush|nail|smash|murder|destroy|beat|shoot|blow up)(?:ing)?\s+(?:it|the (?:presentation|interview|exam|test|game|competition|audition)|my (?:presentation|interview|exam|workout|time)|time|the lights|the engine|the mood|the competition|some time|a photo|a picture|a video|the breeze)\b/i,
  'definition-question':
    /^\s*(?:what(?:'s| is| are| does)|define|meaning of|explain)\s+(?:the (?:definition|meaning) of\s+)?(?:a |an |the )?[\w' -]{1,30}\??\s*$/i,
  // Ending or changing one's own plan ("I want to end my subscription at the end of the month"): the n-gram model
  // learnt "end of the month" from banking77's statement disputes.
  'subscription-change':
    /^(?![^.?!]*\b(?:charged|twice|refund|scam|stolen|didn'?t (?:make|authori[sz]e)|not me)\b)[^.?!]*\b(?:end|cancel|stop|pause|downgrade|upgrade|change|renew)\s+(?:my|the|our)\s+(?:subscription|plan|trial|membership)\b/i,
  'billing-how-to':
    /\bhow (?:do|can) i (?:see|view|find|download|get|access|check|update|change)\b[^.?!]{0,30}\b(?:invoices?|receipts?|billing|statements?|payment method|card details|plan)\b/i,
});

export const retractionRules = defineRules('retract', {
  'self-correction':
    /(?:^|[\s?.!,])(?:no|nope|wait|sorry|oops)\s*(?:[,—–-]+|\.\.\.)\s*(?:sorry,?\s*)?(?:i mean\b|actually\b)?|\b(?:never ?mind|scratch that|forget (?:that|it)|actually,? no)\b[,.!—–-]*/gi,
});
