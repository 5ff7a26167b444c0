/**
 * The LLM judge of a golden-suite case: grades the played replies against the case with the workspace rubric. The model
 * is asked through `ChatModel`; its reply only ever becomes a score, and a reply that cannot be read is a judge failure.
 */
import { caseJudgeMessages, parseJudgeVerdict, weightedJudgeScore, type JudgedTurn, type JudgeRubric } from '@switchboard/core/evaluation';
import type { ChatModel } from '@switchboard/spec';
import type { CaseJudgement, PlayedCase, SuiteCase } from '../suite/suite-types.js';

export interface JudgeCaseOptions {
  /** The style the customer's persona calls for (see `personaTone`); a plain support tone when absent. */
  readonly tone?: string;
  readonly signal?: AbortSignal;
}

/** Enough for every criterion's score and a sentence of reason. */
const judgeOutputTokens = 800;

export async function judgeCase(
  model: ChatModel,
  rubric: JudgeRubric,
  suiteCase: SuiteCase,
  played: PlayedCase,
  options: JudgeCaseOptions = {},
): Promise<CaseJudgement> {
  const messages = caseJudgeMessages(rubric, {
    turns: judgedTurns(suiteCase, played),
    expect: { ...suiteCase.expect },
    ...(suiteCase.reference ? { reference: suiteCase.reference } : {}),
    ...(suiteCase.customer ? { customer: suiteCase.customer } : {}),
    actions: played.actions,
    ...(options.tone ? { tone: options.tone } : {}),
  });
  let text: string;
  try {
    text = (await model.generate({ messages, temperature: 0, maxOutputTokens: judgeOutputTokens, signal: options.signal })).text;
  } catch (error) {
    return { ok: false, model: model.id, failure: `the judge model failed: ${(error as Error).message}` };
  }
  const verdict = parseJudgeVerdict(text, rubric);
  if (!verdict.ok) return { ok: false, model: model.id, failure: verdict.problem };
  return { ok: true, model: model.id, score: round(weightedJudgeScore(verdict.grades, rubric)), grades: verdict.grades };
}

/** Each customer turn with the bot's reply to it (replies carry their 1-based turn); a held turn has none. */
function judgedTurns(suiteCase: SuiteCase, played: PlayedCase): JudgedTurn[] {
  return suiteCase.turns.map((customer, index) => {
    const replies = played.replies.filter((reply) => reply.turn === index + 1);
    return {
      customer,
      reply: replies.length === 0 ? null : replies.map((reply) => reply.text).join('\n\n'),
      handoff: replies.findLast((reply) => reply.handoff !== null)?.handoff ?? null,
      cited: [...new Set(replies.flatMap((reply) => reply.citations.map((citation) => citation.url ?? citation.path)))],
    };
  });
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
