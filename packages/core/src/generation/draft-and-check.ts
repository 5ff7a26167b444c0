/**
 * One model's turn: draft a grounded answer, check its claims and its language, and regenerate once with feedback
 * when either fails.
 */
import type { ChatMessage } from '@switchboard/spec';
import { buildGroundedPrompt, type GroundedPromptInput } from './grounded-prompt.js';
import { checkGrounding, type GroundingOptions, type GroundingVerdict } from './grounding-check.js';
import { checkReplyLanguage, type ReplyLanguageCheck } from './reply-language.js';

export interface CheckedDraft {
  /** The last draft, with [cN] labels; only shown to the customer when `grounded` and its language matches. */
  readonly text: string;
  readonly grounded: boolean;
  readonly verdict: GroundingVerdict;
  readonly regenerated: boolean;
  /** The language check, when the prompt asked for a language. */
  readonly language: ReplyLanguageCheck | null;
  /** What a translation into the customer's language got wrong (translate-answer.ts); empty or absent when none. */
  readonly translationProblems?: readonly string[];
}

/** Sends messages to the model and returns its text; provider failures propagate. */
export type Complete = (messages: readonly ChatMessage[]) => Promise<string>;

export async function draftAndCheck(prompt: GroundedPromptInput, complete: Complete, grounding: GroundingOptions): Promise<CheckedDraft> {
  const check = async (text: string) => ({
    verdict: await checkGrounding(text, prompt.chunks, grounding),
    language: prompt.language ? checkReplyLanguage(text, prompt.language) : null,
  });
  const first = await complete(buildGroundedPrompt(prompt));
  const firstCheck = await check(first);
  const firstGrounded = firstCheck.verdict.failedClaims.length === 0;
  if (firstGrounded && firstCheck.language?.matches !== false)
    return { text: first, grounded: true, verdict: firstCheck.verdict, regenerated: false, language: firstCheck.language };

  let second: string;
  try {
    second = await complete(
      buildGroundedPrompt({
        ...prompt,
        failedClaims: firstCheck.verdict.failedClaims.map((claim) => claim.text),
        wrongLanguage: firstCheck.language?.matches === false ? firstCheck.language.detected : null,
      }),
    );
  } catch {
    // The retry was a second chance, not a requirement: with it gone the first draft's verdict stands and the caller falls back.
    return { text: first, grounded: firstGrounded, verdict: firstCheck.verdict, regenerated: false, language: firstCheck.language };
  }
  const secondCheck = await check(second);
  return {
    text: second,
    grounded: secondCheck.verdict.failedClaims.length === 0,
    verdict: secondCheck.verdict,
    regenerated: true,
    language: secondCheck.language,
  };
}
