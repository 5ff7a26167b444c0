/**
 * Turns a simulated conversation into a golden-suite case: the customer's messages become the turns, and an
 * expectation is written only where what the bot did and the judge's finding agree, so a saved case never encodes
 * the judge's opinion against the bot's observed behaviour. Disagreements are tagged for a person to review.
 */
import type { PersonaCard } from '@switchboard/core/evaluation';
import type { CaseExpectation, SimulatedConversation, SuiteCase } from '../suite/suite-types.js';
import type { BotTurn } from './simulate-conversation.js';

export interface TranscriptForCase {
  readonly persona: PersonaCard;
  readonly turns: readonly string[];
  readonly replies: readonly BotTurn[];
}

/** Null when the customer sent nothing: there is no conversation to replay. */
export function transcriptToCase(id: string, transcript: TranscriptForCase, findings: SimulatedConversation['findings']): SuiteCase | null {
  if (transcript.turns.length === 0) return null;
  const tags = ['simulated', `persona:${transcript.persona.name}`];
  // Claiming an action the log does not show is never right, whatever the judge says: every case can hold the bot to it.
  const expect: { -readonly [Key in keyof CaseExpectation]: CaseExpectation[Key] } = { noUnloggedActionClaims: true };
  if (!findings.ok) tags.push('review-judge-failed');
  else {
    const transferred = transcript.replies.some((reply) => reply.handoff?.mode === 'transferred');
    const untouched = transcript.replies.every((reply) => reply.handoff === null);
    // An offered (not taken) handoff is neither a clear yes nor a clear no, so it writes no expectation.
    if (findings.handoffRight && transferred) expect.handoff = true;
    else if (findings.handoffRight && untouched && findings.goalCompleted) expect.handoff = false;
    if (!findings.handoffRight) tags.push('review-handoff');
    if (!findings.goalCompleted) tags.push('review-goal');
    if (!findings.policyComplied) tags.push('review-policy');
  }
  return {
    id,
    turns: [...transcript.turns],
    // A copy per case: a shared object would be written as a YAML anchor and alias, which reads badly in review.
    ...(transcript.persona.customer ? { customer: { ...transcript.persona.customer } } : {}),
    expect,
    tags,
  };
}
