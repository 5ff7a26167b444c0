import { describe, expect, it } from 'vitest';
import type { ChatModel } from '@switchboard/spec';
import { scriptedChatModel } from '@switchboard/testkit';
import { createGenerativeAnswerer } from '../generation/generative-answerer.js';
import { createAnswerPipeline, type AnswerPipelineDependencies } from './answer-pipeline.js';
import { basePipelineDependencies, refundKnowledgeIndex } from './__fixtures__/pipeline-fixtures.js';

let counter = 0;
const notice = 'Our help articles are only available in English';
const spanishQuestion = '¿Cómo puedo obtener un reembolso de mi plan anual?';
const english = 'Annual plans can be refunded within 30 days of purchase [c1].';
const spanish = 'Los planes anuales se pueden reembolsar dentro de los 30 días posteriores a la compra [c1].';

function pipelineWith(overrides: Partial<AnswerPipelineDependencies> = {}) {
  const index = refundKnowledgeIndex(
    'Annual plans can be refunded within 30 days of purchase. Open Settings and click Request refund to get a refund.',
  );
  return createAnswerPipeline({ ...basePipelineDependencies(index, (prefix) => `${prefix}_${++counter}`), ...overrides });
}

const generatorOn = (model: ChatModel) =>
  createGenerativeAnswerer({
    large: model,
    prices: {},
    routing: { threshold: 0.5, maxLargeInFlight: 4 },
    deadlineMs: 5_000,
    clock: () => 0,
  });

// The LLM is a scripted stand-in (testkit's scriptedChatModel) at the network edge, where no real model is reachable.
describe('answer pipeline: language', () => {
  it('gives no short English question a language notice (issue 15)', async () => {
    const pipeline = pipelineWith();
    for (const question of [
      'Can I export my workspace as CSV?',
      'How many seats can I have on the team plan?',
      'Is there an API?',
      '2FA setup?',
      'Do guests count as paid seats?',
      "My top-up hasn't gone through",
    ])
      expect((await pipeline.run(question)).answer.text, question).not.toContain(notice);
  });

  it('gives no notice when the knowledge is written in the customer language', async () => {
    const { answer } = await pipelineWith({ knowledgeLanguages: ['en', 'es'] }).run(spanishQuestion);
    expect(answer.text).not.toContain(notice);
  });

  it('keeps the notice for a Spanish conversation whose next message does not tell its language', async () => {
    const history = [{ speaker: 'customer', text: spanishQuestion }];
    const { answer, trace } = await pipelineWith().run('ok, y el IVA?', { history });
    expect(answer.text).toMatch(/^Our help articles are only available in English.*\(Nuestra información/);
    expect(trace.stages.find((s) => s.name === 'route')?.detail).toMatchObject({ language: 'es', languageSource: 'conversation' });
  });

  it('with an LLM (a scripted stand-in model at the network edge), answers a Spanish question in Spanish, without the notice', async () => {
    const model = scriptedChatModel((request) => (request.messages[0]!.content.startsWith('You translate') ? spanish : english));
    const { answer } = await pipelineWith({ generator: generatorOn(model) }).run(spanishQuestion);
    expect(answer.text).toBe('Los planes anuales se pueden reembolsar dentro de los 30 días posteriores a la compra [1].');
    expect(answer.citations.map((citation) => citation.chunkId)).toEqual(['refunds:s1']);
    // Drafted and checked against the English source, then translated.
    expect(model.requests.map((request) => request.messages[0]!.content)).toEqual([
      expect.stringContaining('- Answer in English.'),
      expect.stringContaining('Answer in Spanish'),
    ]);
  });

  it('with an LLM (a scripted stand-in model at the network edge), catches a reply left in English and falls back with the notice', async () => {
    const model = scriptedChatModel(english);
    const { answer, trace } = await pipelineWith({ generator: generatorOn(model) }).run(spanishQuestion);
    expect(answer.text.startsWith(notice)).toBe(true);
    expect(trace.stages.find((s) => s.name === 'generate')?.detail).toMatchObject({
      verdict: { fallbackReason: 'wrong language' },
      attempts: [{ outcome: 'wrong language' }],
    });
    // The draft, then the translation and its one retry, told what went wrong.
    expect(model.requests).toHaveLength(3);
    expect(model.requests[2]!.messages[0]!.content).toContain('Your previous translation was written in English, not Spanish');
  });

  it('with an LLM (a scripted stand-in model at the network edge), asks for English when the customer writes English', async () => {
    const model = scriptedChatModel(english);
    const { answer } = await pipelineWith({ generator: generatorOn(model) }).run('How do I get a refund for my annual plan?');
    expect(answer.text).toBe('Annual plans can be refunded within 30 days of purchase [1].');
    expect(model.requests).toHaveLength(1);
    expect(model.requests[0]!.messages[0]!.content).toContain('- Answer in English.');
  });
});
