/** A chat model answering from a script: the LLM at the network edge, for tests of the code that drives one. */
import type { ChatModel, ChatRequest } from '@switchboard/spec';
import { deltasOf } from './openai-stand-in/stand-in-replies.js';

export interface ScriptedChatModel extends ChatModel {
  /** Every request received, in order. */
  readonly requests: ChatRequest[];
}

/**
 * `reply` is each call's text (or an Error to throw), or a function of the request that gives it. A stream yields
 * the text word by word, then its finish part. Every call reports 10 input and 5 output tokens.
 */
export function scriptedChatModel(
  reply: string | Error | ((request: ChatRequest) => string | Error),
  id = 'stand-in:scripted',
): ScriptedChatModel {
  const requests: ChatRequest[] = [];
  const answer = (request: ChatRequest): string => {
    request.signal?.throwIfAborted();
    requests.push(request);
    const text = typeof reply === 'function' ? reply(request) : reply;
    if (text instanceof Error) throw text;
    return text;
  };
  const usage = { inputTokens: 10, outputTokens: 5 };
  return {
    id,
    requests,
    async generate(request) {
      return { text: answer(request), usage, finishReason: 'stop' };
    },
    async *stream(request) {
      for (const text of deltasOf(answer(request))) yield { type: 'text', text };
      yield { type: 'finish', usage, finishReason: 'stop' };
    },
  };
}
