/** Reads the SWITCHBOARD_LLM_* variables into chat-model settings; apps pass process.env in. */
import { SwitchboardError } from '@switchboard/spec';

export interface LlmSettings {
  /** 'provider:model', e.g. 'openai-compatible:llama3.1'. */
  readonly model: string;
  readonly baseUrl: string;
  readonly apiKey?: string;
}

/** Null when no endpoint is configured, so the app keeps the extractive answerer. */
export function llmSettingsFromEnvironment(env: Readonly<Record<string, string | undefined>>): LlmSettings | null {
  const baseUrl = env['SWITCHBOARD_LLM_BASE_URL']?.trim();
  const model = env['SWITCHBOARD_LLM_MODEL']?.trim();
  const apiKey = env['SWITCHBOARD_LLM_API_KEY']?.trim();
  if (!baseUrl && !model) return null;
  if (!baseUrl || !model) {
    const missing = baseUrl ? 'SWITCHBOARD_LLM_MODEL' : 'SWITCHBOARD_LLM_BASE_URL';
    throw new SwitchboardError(
      'CONFIG_INVALID',
      `${missing} is not set: set both SWITCHBOARD_LLM_BASE_URL and SWITCHBOARD_LLM_MODEL, or neither`,
      {
        details: { field: missing },
      },
    );
  }
  try {
    new URL(baseUrl);
  } catch (error) {
    throw new SwitchboardError('CONFIG_INVALID', `SWITCHBOARD_LLM_BASE_URL is not a URL: '${baseUrl}' (e.g. http://localhost:11434/v1)`, {
      cause: error,
      details: { field: 'SWITCHBOARD_LLM_BASE_URL' },
    });
  }
  // Ollama names carry a colon of their own ('llama3.1:8b'), so only a known provider prefix is kept as one.
  const named = /^(?:openai-compatible|openai):/.test(model) ? model : `openai-compatible:${model}`;
  return { model: named, baseUrl, ...(apiKey ? { apiKey } : {}) };
}
