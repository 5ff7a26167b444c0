/** Picks a persona overlay from the customer facts sent with a message, by the first matching config rule. */
import type { CustomerInfo } from '@switchboard/spec';

export const personaNames = ['enterprise', 'self-serve', 'developer'] as const;
export type PersonaName = (typeof personaNames)[number];

export interface PersonaRule {
  /** Customer fact → accepted value(s); every listed fact must match (case-insensitive). */
  readonly when: Readonly<Record<string, string | number | boolean | readonly (string | number | boolean)[]>>;
  readonly persona: PersonaName;
}

export function choosePersona(customer: CustomerInfo | null | undefined, rules: readonly PersonaRule[]): PersonaName | null {
  if (!customer) return null;
  const same = (a: unknown, b: unknown): boolean => String(a).toLowerCase() === String(b).toLowerCase();
  for (const rule of rules) {
    const matches = Object.entries(rule.when).every(([fact, accepted]) => {
      const value = customer[fact];
      if (value === undefined) return false;
      return Array.isArray(accepted) ? accepted.some((option) => same(value, option)) : same(value, accepted);
    });
    if (matches) return rule.persona;
  }
  return null;
}
