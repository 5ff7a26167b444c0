/** The tone a customer should get, in the words the answerer is given, so the judge grades tone by the same standard. */
import { choosePersona, personaPrompt, type PersonaRule } from '@switchboard/core/persona';

/** The persona rules and the escalation path of the workspace's config (`personas.rules`, `handoff`). */
export interface ToneSettings {
  readonly rules: readonly PersonaRule[];
  readonly escalation: { readonly queue: string; readonly hours: string };
}

/** Undefined when no rule picks a persona for these attributes: the judge then expects a plain support tone. */
export function personaTone(
  customer: Readonly<Record<string, string | number | boolean>> | undefined,
  settings: ToneSettings,
): string | undefined {
  const persona = choosePersona(customer, settings.rules);
  return persona ? `${persona} persona: ${personaPrompt(persona, settings.escalation)}` : undefined;
}
