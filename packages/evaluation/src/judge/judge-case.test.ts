import { describe, expect, it } from 'vitest';
import { defaultJudgeRubric } from '@switchboard/core/evaluation';
import { scriptedChatModel } from '@switchboard/testkit';
import type { PlayedCase, PlayedReply, SuiteCase } from '../suite/suite-types.js';
import { createSuiteJudge } from './create-suite-judge.js';
import { judgeCase } from './judge-case.js';

const refundCase: SuiteCase = {
  id: 'refund-window',
  turns: ['Can I get a refund?', 'It was 10 days ago.'],
  customer: { plan: 'enterprise' },
  expect: { cites: ['kb/billing/refunds.md'], neverSays: ['refund (is|has been) issued'] },
  reference: 'Refunds are possible within 14 days from Settings > Billing.',
};

const reply = (turn: number, text: string): PlayedReply => ({
  turn,
  text,
  citations: [{ path: 'kb/billing/refunds.md', url: null, chunkId: 'c1' }],
  confidence: 0.8,
  handoff: null,
  intent: null,
  language: 'en',
  faithfulness: 1,
  unloggedActionClaims: [],
  traceId: `t${turn}`,
  milliseconds: 5,
  costUsd: 0,
});
const played: PlayedCase = { replies: [reply(1, 'Within 14 days [1].'), reply(2, 'Yes, go to Settings > Billing [1].')], actions: [] };

const verdict = JSON.stringify({
  correctness: { score: 5, reason: 'Cites the refund article.' },
  tone: { score: 3, reason: 'Plain rather than formal.' },
  policy: { score: 5, reason: 'Promises nothing extra.' },
});

describe('judgeCase', () => {
  it('grades the played replies with the rubric and weighs the grades into a score', async () => {
    const model = scriptedChatModel(verdict, 'stand-in:judge');
    const judgement = await judgeCase(model, defaultJudgeRubric, refundCase, played);
    expect(judgement).toEqual({
      ok: true,
      model: 'stand-in:judge',
      // (2·1 + 1·0.5 + 2·1) / 5
      score: 0.9,
      grades: [
        { name: 'correctness', score: 5, reason: 'Cites the refund article.' },
        { name: 'tone', score: 3, reason: 'Plain rather than formal.' },
        { name: 'policy', score: 5, reason: 'Promises nothing extra.' },
      ],
    });
  });

  it('shows the judge the expectations, the reference and each turn with its reply, at temperature 0', async () => {
    const model = scriptedChatModel(verdict);
    await judgeCase(model, defaultJudgeRubric, refundCase, played, { tone: 'formal, no contractions' });
    const [request] = model.requests;
    expect(request!.temperature).toBe(0);
    const prompt = request!.messages.map((message) => message.content).join('\n');
    expect(prompt).toContain('"neverSays":["refund (is|has been) issued"]');
    expect(prompt).toContain(JSON.stringify(refundCase.reference));
    expect(prompt).toContain('"customer":"It was 10 days ago.","reply":"Yes, go to Settings > Billing [1]."');
    expect(prompt).toContain('formal, no contractions');
    for (const criterion of defaultJudgeRubric.criteria) expect(prompt).toContain(`- ${criterion.name} (weight ${criterion.weight})`);
  });

  it('records a malformed verdict as a judge failure, never a score', async () => {
    const model = scriptedChatModel('The answer looks great, 5/5!', 'stand-in:judge');
    const judgement = await judgeCase(model, defaultJudgeRubric, refundCase, played);
    expect(judgement).toMatchObject({ ok: false, model: 'stand-in:judge' });
    expect(judgement.ok ? '' : judgement.failure).toContain('not one JSON object');
  });

  it('records a failing judge model as a judge failure instead of failing the run', async () => {
    const judgement = await judgeCase(scriptedChatModel(new Error('503 from the vendor')), defaultJudgeRubric, refundCase, played);
    expect(judgement).toMatchObject({ ok: false, failure: 'the judge model failed: 503 from the vendor' });
  });
});

describe('createSuiteJudge', () => {
  it("tells the judge the tone of the case's persona from the workspace's persona rules", async () => {
    const model = scriptedChatModel(verdict);
    const judge = createSuiteJudge(
      model,
      { rubric: defaultJudgeRubric, file: null },
      { rules: [{ when: { plan: ['enterprise'] }, persona: 'enterprise' }], escalation: { queue: 'Tier 2', hours: '24/7' } },
    );
    expect(judge).toMatchObject({ model: model.id, rubric: null });
    await judge.judge(refundCase, played);
    await judge.judge({ ...refundCase, customer: { plan: 'free' } }, played);
    const [enterprise, other] = model.requests.map((request) => request.messages.at(-1)!.content);
    expect(enterprise).toContain('enterprise persona: Write formally');
    expect(enterprise).toContain('the Tier 2 team (24/7)');
    expect(other).toContain('a plain, friendly and concise support tone');
  });
});
