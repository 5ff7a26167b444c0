/** The contract every ChatModel implementation passes; vendor behaviour is staged by a stand-in the harness runs. */
import { describe, expect, it } from 'vitest';
import { isSwitchboardError, type ChatModel, type ChatRequest, type ChatResult, type ChatStreamPart } from '@switchboard/spec';
import { streamParts } from './stream-parts.js';

/** What the vendor behind the model does with the next request. */
export type ChatVendorBehaviour =
  /** A whole reply (plain or streamed, as asked) with the token usage it reports. */
  | 'answers'
  /** HTTP 429. */
  | 'rate-limits'
  /** HTTP 5xx. */
  | 'fails'
  /** HTTP 400: the request is wrong, and repeating it will not help. */
  | 'rejects'
  /** A stream that ends after some text, before the reply finished. */
  | 'cuts-the-stream'
  /** Never answers, so only the request's signal can end the call. */
  | 'hangs';

export interface ChatModelHarness {
  readonly model: ChatModel;
  /** What the model must report when the vendor 'answers'. */
  readonly reply: ChatResult;
  close(): Promise<void> | void;
}

export interface ChatModelContractSubject {
  /** What the harness can stage; a mock with no vendor behind it stages 'answers' only. */
  readonly behaviours: readonly ChatVendorBehaviour[];
  open(behaviour: ChatVendorBehaviour): Promise<ChatModelHarness>;
}

const request: ChatRequest = {
  messages: [
    { role: 'system', content: 'Answer from the sources only.' },
    { role: 'user', content: 'How long do refunds take?' },
  ],
  temperature: 0,
  maxOutputTokens: 200,
};

/** The error a call rejected with (the test fails when it resolved). */
async function rejectionOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error('expected the call to reject');
    },
    (error: unknown) => error,
  );
}

function expectProviderFailure(error: unknown, retryable: boolean): void {
  expect(isSwitchboardError(error), String(error)).toBe(true);
  expect(error).toMatchObject({ code: 'PROVIDER_FAILURE', isRetryable: retryable });
}

/** Retries read only `isRetryable`: a cancelled call must never look worth repeating. */
function expectNotRetryable(error: unknown): void {
  expect(error).toBeInstanceOf(Error);
  expect(isSwitchboardError(error) && error.isRetryable).toBe(false);
}

export function chatModelContract(name: string, subject: ChatModelContractSubject): void {
  const unstaged = (behaviour: ChatVendorBehaviour) => !subject.behaviours.includes(behaviour);
  const titled = (title: string, behaviour: ChatVendorBehaviour) =>
    unstaged(behaviour) ? `${title} (not staged: no vendor behind it)` : title;
  const using = async (behaviour: ChatVendorBehaviour, body: (harness: ChatModelHarness) => Promise<void>) => {
    const harness = await subject.open(behaviour);
    try {
      await body(harness);
    } finally {
      await harness.close();
    }
  };

  describe(`ChatModel contract: ${name}`, () => {
    it("is named 'provider:model'", () =>
      using('answers', async ({ model }) => {
        expect(model.id).toMatch(/^[\w.-]+:\S/);
      }));

    it('generate resolves with the whole reply, its token usage and finish reason', () =>
      using('answers', async ({ model, reply }) => {
        const result = await model.generate(request);
        expect(result).toEqual(reply);
        expect(Number.isInteger(result.usage.inputTokens) && Number.isInteger(result.usage.outputTokens)).toBe(true);
      }));

    it('streams the reply as text parts and then exactly one finish part with the usage', () =>
      using('answers', async ({ model, reply }) => {
        const parts = await streamParts(model, request);
        const last = parts.at(-1);
        expect(last).toEqual<ChatStreamPart>({ type: 'finish', usage: reply.usage, finishReason: reply.finishReason });
        const text = parts.slice(0, -1);
        expect(text.every((part) => part.type === 'text')).toBe(true);
        expect(text.map((part) => (part.type === 'text' ? part.text : '')).join('')).toBe(reply.text);
      }));

    it('rejects, as not retryable, when the signal is already aborted', () =>
      using('answers', async ({ model }) => {
        const controller = new AbortController();
        controller.abort();
        expectNotRetryable(await rejectionOf(model.generate({ ...request, signal: controller.signal })));
        expectNotRetryable(await rejectionOf(streamParts(model, { ...request, signal: controller.signal })));
      }));

    it.skipIf(unstaged('hangs'))(titled('stops waiting and rejects, as not retryable, when the signal aborts mid-call', 'hangs'), () =>
      using('hangs', async ({ model }) => {
        for (const call of [
          (signal: AbortSignal) => model.generate({ ...request, signal }),
          (signal: AbortSignal) => streamParts(model, { ...request, signal }),
        ]) {
          const controller = new AbortController();
          const pending = rejectionOf(call(controller.signal));
          setTimeout(() => controller.abort(), 20);
          expectNotRetryable(await pending);
        }
      }),
    );

    for (const [behaviour, retryable, title] of [
      ['rate-limits', true, 'fails retryably when the vendor rate-limits (429)'],
      ['fails', true, 'fails retryably when the vendor has a server error (5xx)'],
      ['rejects', false, 'fails as not retryable when the vendor rejects the request (400)'],
    ] as const) {
      it.skipIf(unstaged(behaviour))(titled(`${title}, plain and streamed`, behaviour), () =>
        using(behaviour, async ({ model }) => {
          expectProviderFailure(await rejectionOf(model.generate(request)), retryable);
          expectProviderFailure(await rejectionOf(streamParts(model, request)), retryable);
        }),
      );
    }

    it.skipIf(unstaged('cuts-the-stream'))(titled('fails retryably when a stream ends before its finish part', 'cuts-the-stream'), () =>
      using('cuts-the-stream', async ({ model }) => {
        expectProviderFailure(await rejectionOf(streamParts(model, request)), true);
      }),
    );
  });
}
