/** Picks the label table for the customer's language, and fills the placeholders in a label. */
import { labelTables, type Labels } from './labels.js';

export interface LabelChoice {
  /** The primary language subtag chosen ('de'), for the panel's `lang` attribute. */
  readonly language: string;
  readonly labels: Labels;
}

const english: LabelChoice = { language: 'en', labels: labelTables.en! };

/**
 * The first preference the widget speaks, matched on the primary subtag ('de-AT' → de); English otherwise.
 * Preferences come in order: the tag's data-lang, then the browser's languages.
 */
export function chooseLabels(preferences: readonly (string | null | undefined)[]): LabelChoice {
  for (const preference of preferences) {
    const language = preference?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    // Own properties only: a data-lang of "constructor" must not find Object's.
    const labels = Object.prototype.hasOwnProperty.call(labelTables, language) ? labelTables[language] : undefined;
    if (labels) return { language, labels };
  }
  return english;
}

/** Fills `{name}` placeholders; an unknown placeholder stays as written, so a missing value shows rather than vanishes. */
export function fillLabel(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}
