import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '@switchboard/config';
import { startOpenAiStandIn, type OpenAiStandIn, type StandInRequest } from '@switchboard/testkit';
import { runAnswersEval } from './run-answers-eval.js';

const fixture = fileURLToPath(new URL('./__fixtures__/answers-beir', import.meta.url));

/** Answers like a model that read its sources: cites the source that holds the fact, or declines. */
function scriptedModel(request: StandInRequest) {
  const labelOf = (phrase: string): string | undefined =>
    [...request.prompt.matchAll(/\[(c\d+)\] [^\n]*\n([^\n]*)/g)].find((match) => match[2]?.includes(phrase))?.[1];
  const reset = labelOf('hold the Return and Play buttons for five seconds');
  const picture = labelOf('Open Settings, then Picture');
  if (request.prompt.endsWith('reset the remote?') && reset)
    return { kind: 'text' as const, text: `Hold the Return and Play buttons for five seconds to reset the remote [${reset}].` };
  if (request.prompt.endsWith('picture mode?') && picture)
    return { kind: 'text' as const, text: `Open Settings, then Picture, then Picture Mode [${picture}].` };
  return { kind: 'text' as const, text: "I don't know that from our help center. Would you like me to connect you with a person?" };
}

describe('runAnswersEval', () => {
  let standIn: OpenAiStandIn | null = null;
  afterEach(async () => {
    await standIn?.close();
    standIn = null;
  });

  it('scores the grounded LLM answerer against a local OpenAI stand-in server', async () => {
    standIn = await startOpenAiStandIn({ responder: scriptedModel });
    const result = await runAnswersEval({
      dir: fixture,
      split: 'dev',
      config: parseConfig('', 'switchboard.yaml'),
      mode: 'lexical',
      llm: { model: 'openai-compatible:stand-in', baseUrl: standIn.baseUrl },
    });
    expect(result.answerer).toBe('openai-compatible:stand-in');
    // Three questions, each answered once from the retrieved chunks and once from the gold passage.
    expect(standIn.requests.filter((request) => request.path.endsWith('/chat/completions'))).toHaveLength(6);
    for (const stage of [result.stages.gold_passage, result.stages.full]) {
      // The two answered questions repeat the gold answer word for word; the warranty question is declined.
      expect(stage).toMatchObject({ rouge_l_answered: 1, faithfulness: 1, answer_rate: 0.6667, queries: 3 });
      expect(stage.rouge_l).toBeLessThan(1);
    }
  });

  it('scores the extractive fallback when a local stand-in model twice drafts a sentence its source does not support', async () => {
    standIn = await startOpenAiStandIn({
      responder: () => ({ kind: 'text', text: 'The light blinks twice when the reset is done [c1]. Hold Menu for 30 seconds [c1].' }),
    });
    const result = await runAnswersEval({
      dir: fixture,
      split: 'dev',
      config: parseConfig('', 'switchboard.yaml'),
      mode: 'lexical',
      llm: { model: 'openai-compatible:stand-in', baseUrl: standIn.baseUrl },
      limit: 1,
    });
    // The draft fails the check twice, so the customer gets the extractive answer, which quotes its source.
    expect(result.stages.full).toMatchObject({ faithfulness: 1, answer_rate: 1, queries: 1 });
    // Per stage: the draft, then one regeneration naming the failed sentence.
    expect(standIn.requests).toHaveLength(4);
    expect(standIn.requests[1]?.prompt).toContain('Hold Menu for 30 seconds');
  });
});
