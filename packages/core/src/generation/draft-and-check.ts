/** One model's turn: draft a grounded answer, check it, and regenerate once with feedback when claims fail. */
import type { ChatMessage } from '@switchboard/spec';
import { buildGroundedPrompt, type GroundedPromptInput } from './grounded-prompt.js';
import { checkGrounding, type GroundingOptions, type GroundingVerdict } from './grounding-check.js';

export interface CheckedDraft {
  /** The last draft, with [cN] labels; only shown to the customer when `grounded`. */
  readonly text: string;
  readonly grounded: boolean;
  readonly verdict: GroundingVerdict;
  readonly regenerated: boolean;
}

/** Sends messages to the model and returns its text; provider failures propagate. */
export type Complete = (messages: readonly ChatMessage[]) => Promise<string>;

export async function draftAndCheck(prompt: GroundedPromptInput, complete: Complete, grounding: GroundingOptions): Promise<CheckedDraft> {
  const first = await complete(buildGroundedPrompt(prompt));
  const firstVerdict = await checkGrounding(first, prompt.chunks, grounding);
  if (firstVerdict.failedClaims.length === 0) return { text: first, grounded: true, verdict: firstVerdict, regenerated: false };

  let second: string;
  try {
    second = await complete(buildGroundedPrompt({ ...prompt, failedClaims: firstVerdict.failedClaims.map((claim) => claim.text) }));
  } catch {
    // The retry was a second chance, not a requirement: with it gone the first draft's verdict stands and the caller falls back.
    return { text: first, grounded: false, verdict: firstVerdict, regenerated: false };
  }
  const secondVerdict = await checkGrounding(second, prompt.chunks, grounding);
  return { text: second, grounded: secondVerdict.failedClaims.length === 0, verdict: secondVerdict, regenerated: true };
}
