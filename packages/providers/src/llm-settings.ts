/** Merges the `llm` section of switchboard.yaml with the SWITCHBOARD_LLM_* variables (the environment wins). */
import { SwitchboardError } from '@switchboard/spec';

/** The part of the config's `llm` section that names models and the endpoint; matched structurally. */
export interface LlmSection {
  /** The large model, 'provider:model'. */
  readonly model?: string | null;
  readonly smallModel?: string | null;
  readonly judgeModel?: string | null;
  readonly baseUrl?: string | null;
  /** Name of the environment variable holding the API key (never the key itself). */
  readonly apiKeyEnv?: string | null;
}

export interface LlmSettings {
  /** 'provider:model' of the large model, e.g. 'openai-compatible:llama3.1'. */
  readonly model: string;
  readonly smallModel?: string;
  readonly judgeModel?: string;
  readonly baseUrl?: string;
  readonly apiKey?: string;
}

type Environment = Readonly<Record<string, string | undefined>>;

/** Vendors whose key has a conventional variable, read when `apiKeyEnv` names none. */
const vendorKeyVariables: Readonly<Record<string, string>> = { openai: 'OPENAI_API_KEY', anthropic: 'ANTHROPIC_API_KEY' };

/** Null when no model is configured anywhere, so the app keeps the extractive answerer. */
export function resolveLlmSettings(section: LlmSection, env: Environment): LlmSettings | null {
  const envModel = env['SWITCHBOARD_LLM_MODEL']?.trim() || undefined;
  const envBaseUrl = env['SWITCHBOARD_LLM_BASE_URL']?.trim() || undefined;
  const rawModel = envModel ?? section.model ?? undefined;
  const baseUrl = envBaseUrl ?? section.baseUrl ?? undefined;
  if (!rawModel) {
    if (envBaseUrl) throw missing('SWITCHBOARD_LLM_MODEL', 'set both SWITCHBOARD_LLM_BASE_URL and SWITCHBOARD_LLM_MODEL, or neither');
    return null;
  }
  const model = qualified(rawModel);
  if (model.startsWith('openai-compatible:') && !baseUrl)
    throw missing(
      'SWITCHBOARD_LLM_BASE_URL',
      'set it or llm.baseUrl in switchboard.yaml, or set both SWITCHBOARD_LLM_* variables or neither',
    );
  if (baseUrl) {
    try {
      new URL(baseUrl);
    } catch (error) {
      const field = envBaseUrl ? 'SWITCHBOARD_LLM_BASE_URL' : 'llm.baseUrl';
      throw new SwitchboardError('CONFIG_INVALID', `${field} is not a URL: '${baseUrl}' (e.g. http://localhost:11434/v1)`, {
        cause: error,
        details: { field },
      });
    }
  }
  const apiKey = apiKeyOf(model, section.apiKeyEnv ?? undefined, env);
  const smallModel = section.smallModel ? qualified(section.smallModel) : undefined;
  const judgeModel = section.judgeModel ? qualified(section.judgeModel) : undefined;
  return {
    model,
    ...(smallModel ? { smallModel } : {}),
    ...(judgeModel ? { judgeModel } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    ...(apiKey ? { apiKey } : {}),
  };
}

/** The environment alone, for tools that have no workspace config (e.g. `eval answers`). */
export function llmSettingsFromEnvironment(env: Environment): LlmSettings | null {
  return resolveLlmSettings({}, env);
}

// Ollama names carry a colon of their own ('llama3.1:8b'), so only a known provider prefix is kept as one.
function qualified(model: string): string {
  return /^(?:openai-compatible|openai|anthropic):/.test(model) ? model : `openai-compatible:${model}`;
}

function apiKeyOf(model: string, apiKeyEnv: string | undefined, env: Environment): string | undefined {
  const explicit = env['SWITCHBOARD_LLM_API_KEY']?.trim();
  if (explicit) return explicit;
  if (apiKeyEnv) {
    const value = env[apiKeyEnv]?.trim();
    if (!value)
      throw new SwitchboardError('CONFIG_INVALID', `llm.apiKeyEnv names ${apiKeyEnv}, which is not set in the environment`, {
        details: { field: 'llm.apiKeyEnv', value: apiKeyEnv },
      });
    return value;
  }
  const vendorVariable = vendorKeyVariables[model.slice(0, model.indexOf(':'))];
  return vendorVariable ? env[vendorVariable]?.trim() || undefined : undefined;
}

function missing(variable: string, hint: string): SwitchboardError {
  return new SwitchboardError('CONFIG_INVALID', `${variable} is not set: ${hint}`, { details: { field: variable } });
}
