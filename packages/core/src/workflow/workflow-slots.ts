/** Reads a slot value out of a customer's message, and a yes or no out of a reply to a confirmation. */
import type { WorkflowStep } from './workflow-definition.js';

export function extractSlot(step: Extract<WorkflowStep, { collect: string }>, text: string): string | undefined {
  if (step.pattern) return new RegExp(step.pattern, 'iu').exec(text)?.[0];
  if (step.values) return step.values.find((value) => text.toLowerCase().includes(value.toLowerCase()));
  return text.trim() || undefined;
}

const yes = /^\W*(?:yes|yeah|yep|yup|sure|ok(?:ay)?|correct|confirm(?:ed)?|please do|go ahead|do it|that's right|y)\b/i;
const no = /^\W*(?:no|nope|nah|don't|do not|stop|wait|never ?mind|n)\b/i;

/** True for a clear yes, false for a clear no, null when the message is neither (the question is asked again). */
export function readConfirmation(text: string): boolean | null {
  if (no.test(text)) return false;
  if (yes.test(text)) return true;
  return null;
}
