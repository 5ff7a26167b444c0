/** The routing decision before any knowledge is touched: refuse, hand off at once, or answer. */
import type { CustomerInfo } from '@switchboard/spec';
import { countNotHelpful } from '../guardrails/repeated-failure.js';
import { detectHumanRequest } from '../guardrails/human-request.js';
import { choosePersona, type PersonaName, type PersonaRule } from '../persona/choose-persona.js';
import type { ConversationTurn } from '../rewrite/conversation-rewriter.js';
import type { SafetyCheck } from '../safety/safety-filter.js';
import { customerLanguage, isCustomerTurn, type CustomerLanguage } from './customer-language.js';

export interface GuardrailSettings {
  /** Extra phrases that ask for a person, on top of the built-in ones. */
  readonly humanPhrases: readonly string[];
  /** Below this answer (and intent) confidence no automated action runs. */
  readonly minActionConfidence: number;
  readonly prohibitedPhrases: readonly string[];
  /** Teams, queues, products and people the bot may name. */
  readonly allowedNames: readonly string[];
  /** "That didn't help" this many times hands off. */
  readonly repeatedFailureLimit: number;
}

export interface RouteDecision {
  readonly decision: 'answer' | 'handoff' | 'refuse';
  /** Why: a safety category, 'customer_request', 'repeated_failure'; null when answering. */
  readonly reason: string | null;
  readonly humanRequest: string | null;
  readonly notHelpfulCount: number;
  readonly persona: PersonaName | null;
  /** The customer's language (ISO 639-1), or null when neither the message nor what came before tells. */
  readonly language: string | null;
  readonly languageAccuracy: number;
  /** True when `language` may be acted on: a notice, the language the answer is written in. */
  readonly languageConfident: boolean;
  readonly languageSource: CustomerLanguage['source'];
  /** True when the customer's language is confidently one the knowledge is not written in. */
  readonly foreignLanguage: boolean;
}

export interface RouteInput {
  readonly question: string;
  readonly history: readonly ConversationTurn[];
  readonly customer: CustomerInfo | null;
  /** The customer's locale from a verified source, when there is one (see `CustomerLanguageInput`). */
  readonly verifiedLocale?: string | null;
  readonly safety: SafetyCheck | null;
  readonly guardrails: GuardrailSettings;
  readonly personas: readonly PersonaRule[];
  readonly knowledgeLanguages: readonly string[];
}

export function decideRoute(input: RouteInput): RouteDecision {
  const language = customerLanguage({ message: input.question, history: input.history, verifiedLocale: input.verifiedLocale });
  const humanRequest = detectHumanRequest(input.question, input.guardrails.humanPhrases);
  const notHelpfulCount = countNotHelpful([...input.history.filter(isCustomerTurn).map((turn) => turn.text), input.question]);
  const base = {
    humanRequest,
    notHelpfulCount,
    persona: choosePersona(input.customer, input.personas),
    language: language.language,
    languageAccuracy: language.accuracy,
    languageConfident: language.confident,
    languageSource: language.source,
    foreignLanguage: language.confident && language.language !== null && !input.knowledgeLanguages.includes(language.language),
  };
  const safety = input.safety;
  if (safety?.category && safety.action === 'refuse') return { ...base, decision: 'refuse', reason: safety.category };
  if (safety?.category && safety.action === 'handoff') return { ...base, decision: 'handoff', reason: safety.category };
  if (humanRequest) return { ...base, decision: 'handoff', reason: 'customer_request' };
  if (notHelpfulCount >= input.guardrails.repeatedFailureLimit) return { ...base, decision: 'handoff', reason: 'repeated_failure' };
  return { ...base, decision: 'answer', reason: null };
}
