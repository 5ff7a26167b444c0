/**
 * The judge of a simulated conversation: goal completed, policy complied, handoff needed. Whether the bot handed off is
 * read from its replies, not asked; the handoff was right when that matches what the judge says was needed.
 */
import { parseTranscriptVerdict, transcriptJudgeMessages, type PersonaCard, type SimulatedExchange } from '@switchboard/core/evaluation';
import type { ChatModel } from '@switchboard/spec';
import type { SimulatedConversation } from '../suite/suite-types.js';

const judgeOutputTokens = 600;

/** `policy` is the team's policy in words (the rubric's `policy` criterion). Never rejects: a failure is a finding. */
export async function judgeTranscript(
  model: ChatModel,
  transcript: { readonly persona: PersonaCard; readonly exchanges: readonly SimulatedExchange[] },
  policy: string,
  options: { readonly signal?: AbortSignal } = {},
): Promise<SimulatedConversation['findings']> {
  let text: string;
  try {
    const messages = transcriptJudgeMessages(transcript.persona, transcript.exchanges, policy);
    text = (await model.generate({ messages, temperature: 0, maxOutputTokens: judgeOutputTokens, signal: options.signal })).text;
  } catch (error) {
    return { ok: false, failure: `the judge model failed: ${(error as Error).message}` };
  }
  const verdict = parseTranscriptVerdict(text);
  if (!verdict.ok) return { ok: false, failure: verdict.problem };
  const { goal, policy: compliance, handoff } = verdict.findings;
  const handedOff = transcript.exchanges.some((exchange) => exchange.handoff !== null);
  return {
    ok: true,
    goalCompleted: goal.completed,
    policyComplied: compliance.complied,
    handoffNeeded: handoff.needed,
    handedOff,
    handoffRight: handedOff === handoff.needed,
    reasons: { goal: goal.reason, policy: compliance.reason, handoff: handoff.reason },
  };
}
