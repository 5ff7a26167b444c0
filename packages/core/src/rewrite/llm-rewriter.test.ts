import { describe, expect, it } from 'vitest';
import { scriptedChatModel } from '@switchboard/testkit';
import { createLlmQueryRewriter, llmRewritePrompt } from './llm-rewriter.js';

const known = new Set(['password', 'reset', 'screen', 'display', 'power']);
const knows = (term: string): boolean => known.has(term);

describe('LLM query rewriter (scripted stand-in model)', () => {
  it('asks with the one fixed prompt template and uses the answer', async () => {
    const model = scriptedChatModel('"display power saving turns screen off"');
    const result = await createLlmQueryRewriter(model).rewrite('my telly keeps going black', knows);
    expect(model.requests[0]!.messages).toEqual([
      { role: 'user', content: llmRewritePrompt.replace('{query}', 'my telly keeps going black') },
    ]);
    expect(result).toEqual({ query: 'display power saving turns screen off', used: true, reason: 'rewritten' });
  });

  it('asks for the search query in the language the knowledge is written in, so a Spanish question finds English articles', async () => {
    const model = scriptedChatModel('refund time');
    await createLlmQueryRewriter(model, { knowledgeLanguage: 'en' }).rewrite('¿cuánto tarda un reembolso?', knows);
    expect(model.requests[0]!.messages[0]!.content).toBe(
      'Rewrite the following customer query as a concise English search query for a product knowledge base written in English: ¿cuánto tarda un reembolso?',
    );
  });

  it('skips the model when the query already matches the knowledge-base vocabulary', async () => {
    const model = scriptedChatModel('anything');
    expect(await createLlmQueryRewriter(model).rewrite('reset password', knows)).toEqual({
      query: 'reset password',
      used: false,
      reason: 'vocabulary match',
    });
    expect(model.requests).toHaveLength(0);
  });

  it('keeps the query when the model fails', async () => {
    const result = await createLlmQueryRewriter(scriptedChatModel(new Error('timeout'))).rewrite('my telly keeps going black', knows);
    expect(result).toEqual({ query: 'my telly keeps going black', used: false, reason: 'failed' });
  });
});
