/** A chat model answering from a script: the LLM at the network edge, for tests of the code that drives one. */
import type { ChatModel, ChatRequest } from '@switchboard/spec';

export interface ScriptedChatModel extends ChatModel {
  /** Every request received, in order. */
  readonly requests: ChatRequest[];
}

/** `reply` is each call's text (or an Error to throw), or a function of the request that gives it. It does not stream. */
export function scriptedChatModel(
  reply: string | Error | ((request: ChatRequest) => string | Error),
  id = 'stand-in:scripted',
): ScriptedChatModel {
  const requests: ChatRequest[] = [];
  return {
    id,
    requests,
    async generate(request) {
      requests.push(request);
      const answer = typeof reply === 'function' ? reply(request) : reply;
      if (answer instanceof Error) throw answer;
      return { text: answer, usage: { inputTokens: 10, outputTokens: 5 }, finishReason: 'stop' };
    },
    // eslint-disable-next-line require-yield
    async *stream() {
      throw new Error(`${id} is scripted for generate() only`);
    },
  };
}
