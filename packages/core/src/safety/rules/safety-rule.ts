/** One readable safety rule: a named pattern that marks a message as a category, or as benign. */

export interface SafetyRule {
  /** Stable name reported in `matchedRules`, e.g. `fraud/unrecognised-payment`. */
  readonly id: string;
  /** The unsafe category this rule detects, or `allow` for a benign look-alike that vetoes the model. */
  readonly category: string;
  readonly pattern: RegExp;
}

/** Builds a category's rule list from `{ name: pattern }`, so rule files read as plain tables. */
export function defineRules(category: string, patterns: Readonly<Record<string, RegExp>>): SafetyRule[] {
  return Object.entries(patterns).map(([name, pattern]) => ({ id: `${category}/${name}`, category, pattern }));
}
