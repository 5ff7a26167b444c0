import { describe, expect, it } from 'vitest';
import { chatModelContract } from './chat-model-contract.js';
import { scriptedChatModel } from './scripted-chat-model.js';
import { streamParts } from './stream-parts.js';

const text = 'Refunds take 5 business days [c1].';

chatModelContract('scriptedChatModel (testkit mock)', {
  behaviours: ['answers'],
  open: async () => ({
    model: scriptedChatModel(text),
    reply: { text, usage: { inputTokens: 10, outputTokens: 5 }, finishReason: 'stop' },
    close: () => undefined,
  }),
});

describe('scriptedChatModel', () => {
  it('records every request and throws the Error its script gives, streaming or not', async () => {
    const model = scriptedChatModel((request) => (request.messages[0]!.content === 'fail' ? new Error('scripted failure') : 'ok'));
    await expect(model.generate({ messages: [{ role: 'user', content: 'fail' }] })).rejects.toThrow('scripted failure');
    await expect(streamParts(model, { messages: [{ role: 'user', content: 'fail' }] })).rejects.toThrow('scripted failure');
    expect((await model.generate({ messages: [{ role: 'user', content: 'hi' }] })).text).toBe('ok');
    expect(model.requests.map((request) => request.messages[0]!.content)).toEqual(['fail', 'fail', 'hi']);
  });
});
