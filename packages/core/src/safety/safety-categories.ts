/** The safety categories, the actions a category can map to, and the default map between them. */

import type { SafetyAction, SafetyCategory } from '@switchboard/spec';
import { safetyCategories } from '@switchboard/spec';

export { safetyCategories, type SafetyAction, type SafetyCategory };

/** Category → action, as configured. Categories left out map to `continue`. */
export type SafetyActionMap = Readonly<Partial<Record<string, SafetyAction>>>;

/** Mandatory human routing for money, legal and personal-safety matters; refusal for attacks on the agent. */
export const defaultSafetyActions: Readonly<Record<SafetyCategory, SafetyAction>> = {
  self_harm: 'handoff',
  fraud: 'handoff',
  financial_dispute: 'handoff',
  legal_threat: 'handoff',
  harassment: 'handoff',
  prompt_injection: 'refuse',
  manipulation: 'refuse',
  harmful_request: 'refuse',
};

/** Shown with the handoff for self-harm, so the person gets help even before an agent picks it up. */
export const selfHarmResourcesMessage =
  'I am really sorry you are going through this. You do not have to face it alone: if you are in immediate danger, ' +
  'call your local emergency number now. You can reach a crisis line any time (in the US and Canada call or text 988; ' +
  'in the UK and Ireland call Samaritans on 116 123; elsewhere see findahelpline.com). ' +
  'I am also connecting you with a member of our team.';

/** Messages attached to a category's decision by default. */
export const defaultSafetyMessages: Readonly<Partial<Record<string, string>>> = {
  self_harm: selfHarmResourcesMessage,
};

export function isSafetyCategory(value: string): value is SafetyCategory {
  return (safetyCategories as readonly string[]).includes(value);
}
