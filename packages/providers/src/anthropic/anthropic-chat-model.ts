/** A chat model over Anthropic's Messages API (POST /v1/messages), plain and streamed, with errors translated at the edge. */
import {
  SwitchboardError,
  type ChatModel,
  type ChatRequest,
  type ChatResult,
  type ChatStreamPart,
  type TokenUsage,
} from '@switchboard/spec';
import { errorFromException, malformedResponse } from '../http/provider-error.js';
import { postJson, readResponseText } from '../http/post-json.js';
import { readSseData } from '../http/read-sse-data.js';
import { parseJsonObject } from '../http/parse-json-object.js';
import { reportedOrEstimatedUsage } from '../chat-usage.js';

export interface AnthropicChatSettings {
  /** The model name, e.g. 'claude-3-5-haiku-latest'. */
  readonly model: string;
  readonly apiKey?: string;
  /** Up to and including the version. Default 'https://api.anthropic.com/v1'. */
  readonly baseUrl?: string;
  /** The Messages API requires a limit; used when the request sets none. Default 1024. */
  readonly defaultMaxOutputTokens?: number;
  /** Per-call limit; a timed-out call fails with a retryable error. Default 60 s. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof globalThis.fetch;
}

/** The dated API version this adapter speaks; Anthropic keeps old versions stable. */
export const anthropicVersion = '2023-06-01';

// Lenient on purpose: only the fields we read, so an added field upstream breaks nothing.
interface MessagesBody {
  type?: string;
  content?: { type?: string; text?: string }[];
  stop_reason?: string | null;
  usage?: { input_tokens?: number; output_tokens?: number };
  message?: { usage?: { input_tokens?: number; output_tokens?: number } };
  delta?: { type?: string; text?: string; stop_reason?: string | null };
  error?: { type?: string; message?: string };
}

export function createAnthropicChatModel(settings: AnthropicChatSettings): ChatModel {
  const id = `anthropic:${settings.model}`;
  const fetchImpl = settings.fetch ?? globalThis.fetch;
  const url = `${(settings.baseUrl ?? 'https://api.anthropic.com/v1').replace(/\/+$/, '')}/messages`;

  async function post(request: ChatRequest, stream: boolean) {
    // The Messages API takes the system prompt apart from the turns.
    const system = request.messages.filter((message) => message.role === 'system').map((message) => message.content);
    const body = {
      model: settings.model,
      max_tokens: request.maxOutputTokens ?? settings.defaultMaxOutputTokens ?? 1024,
      ...(system.length > 0 ? { system: system.join('\n\n') } : {}),
      messages: request.messages.filter((message) => message.role !== 'system').map(({ role, content }) => ({ role, content })),
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      ...(stream ? { stream: true } : {}),
    };
    return postJson({
      id,
      fetch: fetchImpl,
      url,
      headers: { 'anthropic-version': anthropicVersion, ...(settings.apiKey ? { 'x-api-key': settings.apiKey } : {}) },
      body,
      timeoutMs: settings.timeoutMs ?? 60_000,
      signal: request.signal,
    });
  }

  return {
    id,
    async generate(request): Promise<ChatResult> {
      const raw = await readResponseText(id, await post(request, false));
      const parsed = parseJson(raw);
      if (!parsed || !Array.isArray(parsed.content)) throw malformedResponse(id, parsed === null ? 'body is not JSON' : 'no content');
      const text = parsed.content.map((block) => (block.type === 'text' ? (block.text ?? '') : '')).join('');
      return { text, usage: usageOf(parsed.usage, request, text), finishReason: parsed.stop_reason ?? 'end_turn' };
    },
    async *stream(request): AsyncGenerator<ChatStreamPart> {
      const { response, timedOut } = await post(request, true);
      if (!response.body) throw malformedResponse(id, 'stream without a body');
      let text = '';
      let input: number | undefined;
      let output: number | undefined;
      let finishReason: string | null = null;
      let stopped = false;
      try {
        for await (const data of readSseData(response.body)) {
          const event = parseJson(data);
          if (event === null) throw malformedResponse(id, 'stream event is not JSON');
          if (event.type === 'error') throw streamError(id, event.error);
          if (event.type === 'message_start') {
            input = event.message?.usage?.input_tokens;
            output = event.message?.usage?.output_tokens;
          } else if (event.type === 'content_block_delta' && event.delta?.type === 'text_delta' && event.delta.text) {
            text += event.delta.text;
            yield { type: 'text', text: event.delta.text };
          } else if (event.type === 'message_delta') {
            finishReason = event.delta?.stop_reason ?? finishReason;
            output = event.usage?.output_tokens ?? output;
          } else if (event.type === 'message_stop') {
            stopped = true;
            break;
          }
        }
      } catch (error) {
        throw errorFromException(id, error, timedOut());
      }
      if (!stopped) throw malformedResponse(id, 'the stream stopped before the reply finished');
      const usage = usageOf({ input_tokens: input, output_tokens: output }, request, text);
      yield { type: 'finish', usage, finishReason: finishReason ?? 'end_turn' };
    },
  };
}

/** An `error` event mid-stream: overloaded and API errors are worth retrying, request errors are not. */
function streamError(id: string, error: MessagesBody['error']): SwitchboardError {
  const type = error?.type ?? 'unknown_error';
  return new SwitchboardError('PROVIDER_FAILURE', `${id} reported ${type} mid-stream: ${error?.message ?? ''}`.trim(), {
    isRetryable: type === 'overloaded_error' || type === 'api_error' || type === 'rate_limit_error',
    details: { provider: id, type },
  });
}

const parseJson = (text: string): MessagesBody | null => parseJsonObject<MessagesBody>(text);

function usageOf(usage: MessagesBody['usage'], request: ChatRequest, text: string): TokenUsage {
  return reportedOrEstimatedUsage(request, text, usage?.input_tokens, usage?.output_tokens);
}
