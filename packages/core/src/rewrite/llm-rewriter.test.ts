import { describe, expect, it } from 'vitest';
import type { ChatModel, ChatRequest } from '@switchboard/spec';
import { createLlmQueryRewriter, llmRewritePrompt } from './llm-rewriter.js';

/** A scripted chat model: the LLM edge, where no real peer is reachable in tests. */
function scriptedModel(answer: string | Error): ChatModel & { requests: ChatRequest[] } {
  const requests: ChatRequest[] = [];
  return {
    id: 'stand-in:scripted',
    requests,
    async generate(request) {
      requests.push(request);
      if (answer instanceof Error) throw answer;
      return { text: answer, usage: { inputTokens: 10, outputTokens: 5 }, finishReason: 'stop' };
    },
    // eslint-disable-next-line require-yield
    async *stream() {
      throw new Error('not used');
    },
  };
}

const known = new Set(['password', 'reset', 'screen', 'display', 'power']);
const knows = (term: string): boolean => known.has(term);

describe('LLM query rewriter (scripted stand-in model)', () => {
  it('asks with the one fixed prompt template and uses the answer', async () => {
    const model = scriptedModel('"display power saving turns screen off"');
    const result = await createLlmQueryRewriter(model).rewrite('my telly keeps going black', knows);
    expect(model.requests[0]!.messages).toEqual([
      { role: 'user', content: llmRewritePrompt.replace('{query}', 'my telly keeps going black') },
    ]);
    expect(result).toEqual({ query: 'display power saving turns screen off', used: true, reason: 'rewritten' });
  });

  it('skips the model when the query already matches the knowledge-base vocabulary', async () => {
    const model = scriptedModel('anything');
    expect(await createLlmQueryRewriter(model).rewrite('reset password', knows)).toEqual({
      query: 'reset password',
      used: false,
      reason: 'vocabulary match',
    });
    expect(model.requests).toHaveLength(0);
  });

  it('keeps the query when the model fails', async () => {
    const result = await createLlmQueryRewriter(scriptedModel(new Error('timeout'))).rewrite('my telly keeps going black', knows);
    expect(result).toEqual({ query: 'my telly keeps going black', used: false, reason: 'failed' });
  });
});
