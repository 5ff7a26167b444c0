/** The safety filter's categories and actions: shared by the filter (core) and its configuration (config). */

/** Every category the safety filter can report, in precedence order (the first matched wins). */
export const safetyCategories = [
  'self_harm',
  'fraud',
  'financial_dispute',
  'legal_threat',
  'harassment',
  'prompt_injection',
  'manipulation',
  'harmful_request',
] as const;

export type SafetyCategory = (typeof safetyCategories)[number];

/** `handoff`: route to a human; `refuse`: decline and log; `continue`: answer as usual. */
export const safetyActions = ['handoff', 'refuse', 'continue'] as const;

export type SafetyAction = (typeof safetyActions)[number];
