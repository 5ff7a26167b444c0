/** Legal threats: lawsuits, lawyers, regulators and formal complaints, which need a trained person. */
import { defineRules } from './safety-rule.js';

export const legalThreatRules = defineRules('legal_threat', {
  sue: /\b(?:sue|suing|lawsuit|law suit|legal action|legal proceedings|class action|small claims|take you to court|see you in court|court case|litigation|litigate)\b/i,
  lawyer:
    /\b(?:my|our|a|the)\s+(?:lawyers?|attorneys?|solicitors?|legal team|legal counsel|barristers?)\b[^.?!]{0,40}\b(?:contact|call|hear|writing|write|in touch|involved|letter|sue|will|is|are|going|already)\b|\b(?:contact(?:ing)?|call(?:ing)?|get(?:ting)?|hir(?:e|ing)|consult(?:ing)?|speak(?:ing)? (?:to|with)|talk(?:ing)? (?:to|with)|involv(?:e|ing))\s+(?:my|a|an|our)\s+(?:lawyers?|attorneys?|solicitors?|legal team)\b|\b(?:hear(?:ing)? from|letter from|contacted by|call from)\s+(?:my|our)\s+(?:lawyers?|attorneys?|solicitors?|legal team)\b/i,
  regulator:
    /\b(?:report|complain|complaint|escalate|file)\b[^.?!]{0,40}\b(?:ombudsman|regulator|fca|ftc|cfpb|trading standards|better business bureau|bbb|attorney general|consumer protection|data protection authority|ico|police)\b/i,
  'formal-notice':
    /\b(?:cease and desist|letter before action|formal complaint|breach of contract|violat(?:e|ed|ing|ion of) (?:the )?(?:law|gdpr|ccpa|consumer rights)|defamation|libel|slander|gdpr (?:complaint|breach))\b/i,
});
