/** The registry apps use to turn a configured 'provider:model' name into a chat model. */
import { SwitchboardError, type ChatModel } from '@switchboard/spec';
import { createAnthropicChatModel } from './anthropic/anthropic-chat-model.js';
import { createOpenAiCompatibleChatModel } from './openai-compatible/openai-compatible-chat-model.js';

export interface ChatModelSettings {
  /** Required for 'openai-compatible'; 'openai' and 'anthropic' default to the vendor's endpoint. */
  readonly baseUrl?: string;
  readonly apiKey?: string;
  readonly timeoutMs?: number;
  readonly fetch?: typeof globalThis.fetch;
}

export const chatProviders = ['openai-compatible', 'openai', 'anthropic'] as const;

/** Splits at the first colon only: 'openai-compatible:llama3.1:8b' names the Ollama model 'llama3.1:8b'. */
export function resolveChatModel(name: string, settings: ChatModelSettings = {}): ChatModel {
  const colon = name.indexOf(':');
  const provider = colon < 0 ? '' : name.slice(0, colon);
  const model = colon < 0 ? '' : name.slice(colon + 1);
  if (!model) {
    throw new SwitchboardError('CONFIG_INVALID', `model '${name}' must be written 'provider:model', e.g. 'openai-compatible:llama3.1'`, {
      details: { field: 'model', value: name },
    });
  }
  switch (provider) {
    case 'openai-compatible':
      if (!settings.baseUrl) {
        throw new SwitchboardError(
          'CONFIG_INVALID',
          `model '${name}' needs a base URL: set llm.baseUrl in switchboard.yaml or SWITCHBOARD_LLM_BASE_URL (e.g. http://localhost:11434/v1)`,
          { details: { field: 'baseUrl' } },
        );
      }
      return createOpenAiCompatibleChatModel({ ...settings, baseUrl: settings.baseUrl, model });
    case 'openai':
      return createOpenAiCompatibleChatModel({
        ...settings,
        baseUrl: settings.baseUrl ?? 'https://api.openai.com/v1',
        model,
        providerName: 'openai',
      });
    case 'anthropic':
      return createAnthropicChatModel({ ...settings, model });
    default:
      throw new SwitchboardError(
        'CONFIG_INVALID',
        `unknown model provider '${provider}' in '${name}'; known: ${chatProviders.join(', ')}`,
        {
          details: { field: 'model', value: name },
        },
      );
  }
}
