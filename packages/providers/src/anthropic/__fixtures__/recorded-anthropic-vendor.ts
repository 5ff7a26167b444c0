/** The ChatModel contract's stand-in for Anthropic's Messages API: a local server replaying the responses recorded here. */
import { readFileSync } from 'node:fs';
import type { ChatModel } from '@switchboard/spec';
import { startRecordedVendor, type ChatModelContractSubject, type ChatVendorBehaviour, type RecordedResponse } from '@switchboard/testkit';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const json = (name: string, status = 200, headers: Record<string, string> = {}): RecordedResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: fixture(name),
});
const events = (name: string): RecordedResponse => ({ headers: { 'content-type': 'text/event-stream' }, body: fixture(name) });

function replyTo(behaviour: ChatVendorBehaviour, streamed: boolean): RecordedResponse | 'hang' {
  switch (behaviour) {
    case 'answers':
      return streamed ? events('message-stream.txt') : json('message.json');
    case 'rate-limits':
      return json('error-429-rate-limit.json', 429, { 'retry-after': '2' });
    case 'fails':
      return json('error-529-overloaded.json', 529);
    case 'rejects':
      return json('error-400-invalid-request.json', 400);
    case 'cuts-the-stream':
      return events('message-stream-cut.txt');
    case 'hangs':
      return 'hang';
  }
}

/** `create` builds the model under test on the stand-in's base URL, which ends in /v1. */
export function recordedAnthropicVendor(create: (baseUrl: string) => ChatModel): ChatModelContractSubject {
  return {
    behaviours: ['answers', 'rate-limits', 'fails', 'rejects', 'cuts-the-stream', 'hangs'],
    async open(behaviour) {
      const vendor = await startRecordedVendor((request) =>
        request.method === 'POST' && request.path === '/v1/messages'
          ? replyTo(behaviour, (request.body as { stream?: unknown }).stream === true)
          : { status: 404, body: '{"type":"error","error":{"type":"not_found_error","message":"Not found"}}' },
      );
      return {
        model: create(`${vendor.url}/v1`),
        // What message.json and message-stream.txt both hold.
        reply: {
          text: 'Refunds are issued to the original payment method within 5 business days [c1].',
          usage: { inputTokens: 312, outputTokens: 19 },
          finishReason: 'end_turn',
        },
        close: () => vendor.close(),
      };
    },
  };
}
