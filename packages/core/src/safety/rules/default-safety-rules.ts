/** The rule set shipped with Switchboard: every category's rule file plus the benign look-alikes. */
import { benignLookAlikeRules, retractionRules } from './benign-look-alike-rules.js';
import { financialDisputeRules } from './financial-dispute-rules.js';
import { fraudRules } from './fraud-rules.js';
import { harassmentRules } from './harassment-rules.js';
import { harmfulRequestRules } from './harmful-request-rules.js';
import { legalThreatRules } from './legal-threat-rules.js';
import { manipulationRules } from './manipulation-rules.js';
import { promptInjectionRules } from './prompt-injection-rules.js';
import { selfHarmRules } from './self-harm-rules.js';
import type { SafetyRule } from './safety-rule.js';

export const defaultSafetyRules: readonly SafetyRule[] = [
  ...selfHarmRules,
  ...fraudRules,
  ...financialDisputeRules,
  ...legalThreatRules,
  ...harassmentRules,
  ...promptInjectionRules,
  ...manipulationRules,
  ...harmfulRequestRules,
  ...benignLookAlikeRules,
  ...retractionRules,
];
