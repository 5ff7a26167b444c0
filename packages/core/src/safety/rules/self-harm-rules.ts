/** Self-harm: suicidal thoughts or intent and self-injury; handed to a person with crisis resources. */
import { defineRules } from './safety-rule.js';

export const selfHarmRules = defineRules('self_harm', {
  suicide:
    /\b(?:suicid(?:e|al)|kill(?:ing)? myself|end(?:ing)? (?:my (?:own )?life|it all)|end it all|take my (?:own )?life|want(?:ed)? to die|wanna die|don't want to (?:live|be alive|exist)|better off dead|no reason to live|not worth living)\b/i,
  'self-injury':
    /\b(?:cut(?:ting)? myself|hurt(?:ing)? myself|harm(?:ing)? myself|self[- ]harm(?:ing)?|burn(?:ing)? myself|starv(?:e|ing) myself|overdose|od on)\b/i,
  'method-seeking':
    /\b(?:how (?:many|much)|what dose|easiest way|painless(?:ly)? way|quickest way)\b[^.?!]{0,50}\b(?:pills|to die|kill myself|end my life|overdose|lethal)\b/i,
});
