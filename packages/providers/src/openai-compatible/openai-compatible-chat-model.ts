/** A chat model for any server speaking OpenAI's /chat/completions: OpenAI, Ollama, vLLM, llama.cpp, LM Studio, TGI. */
import type { ChatModel, ChatRequest, ChatResult, ChatStreamPart, TokenUsage } from '@switchboard/spec';
import { errorFromException, malformedResponse } from '../http/provider-error.js';
import { postJson, readResponseText } from '../http/post-json.js';
import { readSseData } from '../http/read-sse-data.js';
import { parseJsonObject } from '../http/parse-json-object.js';
import { reportedOrEstimatedUsage } from '../chat-usage.js';

export interface OpenAiCompatibleChatSettings {
  /** Up to and including the version, e.g. 'http://localhost:11434/v1'. */
  readonly baseUrl: string;
  /** The model name the server knows, e.g. 'llama3.1'. */
  readonly model: string;
  readonly apiKey?: string;
  /** Prefix of the id; defaults to 'openai-compatible'. */
  readonly providerName?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Per-call limit; a timed-out call fails with a retryable error. Default 60 s. */
  readonly timeoutMs?: number;
  /** Ask for token usage on streams (`stream_options.include_usage`). Turn off for servers that reject it. Default true. */
  readonly streamUsage?: boolean;
  readonly fetch?: typeof globalThis.fetch;
}

interface CompletionBody {
  choices?: { message?: { content?: string | null }; delta?: { content?: string | null }; finish_reason?: string | null }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
}

export function createOpenAiCompatibleChatModel(settings: OpenAiCompatibleChatSettings): ChatModel {
  const id = `${settings.providerName ?? 'openai-compatible'}:${settings.model}`;
  const fetchImpl = settings.fetch ?? globalThis.fetch;
  const url = `${settings.baseUrl.replace(/\/+$/, '')}/chat/completions`;

  /** Sends the request; returns the response and a flag that says whether our own timeout fired. */
  async function post(request: ChatRequest, stream: boolean) {
    const body = {
      model: settings.model,
      messages: request.messages,
      ...(request.maxOutputTokens === undefined ? {} : { max_tokens: request.maxOutputTokens }),
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      ...(stream ? { stream: true, ...(settings.streamUsage === false ? {} : { stream_options: { include_usage: true } }) } : {}),
    };
    return postJson({
      id,
      fetch: fetchImpl,
      url,
      headers: { ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}), ...settings.headers },
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
      const choice = parsed?.choices?.[0];
      if (!choice?.message) throw malformedResponse(id, parsed === null ? 'body is not JSON' : 'no choices[0].message');
      const text = choice.message.content ?? '';
      return { text, usage: usageOf(parsed?.usage, request, text), finishReason: choice.finish_reason ?? 'stop' };
    },
    async *stream(request): AsyncGenerator<ChatStreamPart> {
      const { response, timedOut } = await post(request, true);
      if (!response.body) throw malformedResponse(id, 'stream without a body');
      let text = '';
      let finishReason: string | null = null;
      let usage: CompletionBody['usage'] = null;
      let done = false;
      try {
        for await (const data of readSseData(response.body)) {
          if (data.trim() === '[DONE]') {
            done = true;
            break;
          }
          const event = parseJson(data);
          if (event === null) throw malformedResponse(id, 'stream event is not JSON');
          if (event.usage) usage = event.usage;
          const choice = event.choices?.[0];
          const delta = choice?.delta?.content;
          if (delta) {
            text += delta;
            yield { type: 'text', text: delta };
          }
          if (choice?.finish_reason) finishReason = choice.finish_reason;
        }
      } catch (error) {
        throw errorFromException(id, error, timedOut());
      }
      // Some servers omit [DONE]; a finish reason is then the proof the reply is whole. Neither means it was cut.
      if (!done && finishReason === null) throw malformedResponse(id, 'the stream stopped before the reply finished');
      yield { type: 'finish', usage: usageOf(usage, request, text), finishReason: finishReason ?? 'stop' };
    },
  };
}

const parseJson = (text: string): CompletionBody | null => parseJsonObject<CompletionBody>(text);

function usageOf(usage: CompletionBody['usage'], request: ChatRequest, text: string): TokenUsage {
  return reportedOrEstimatedUsage(request, text, usage?.prompt_tokens, usage?.completion_tokens);
}
