/** The registry apps use to turn a configured 'provider:model' name (`retrieval.embedder`) into an Embedder. */
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { SwitchboardError, type Embedder } from '@switchboard/spec';
import { createSifEmbedder } from './local/sif-embedder.js';
import { createUseLiteEmbedder } from './local/use-lite-embedder.js';
import { useLiteEmbedderId } from './local/use-lite-package.js';
import { loadWordVectors } from './local/word-vectors.js';
import { createOnnxEmbedder } from './onnx/onnx-embedder.js';
import { createOpenAiCompatibleEmbedder } from './openai-compatible/openai-compatible-embedder.js';

/** Where converted model files are cached: $SWITCHBOARD_CACHE_DIR, else ~/.cache/switchboard. */
export function cacheDir(environment: NodeJS.ProcessEnv = process.env): string {
  return environment['SWITCHBOARD_CACHE_DIR'] ?? join(environment['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'switchboard');
}

/** `llm.embeddings` of the config: the endpoint of an openai-compatible embedder. */
export interface EmbeddingEndpoint {
  readonly baseUrl: string | null;
  readonly apiKeyEnv: string | null;
  readonly dimensions: number | null;
  readonly batchSize: number;
}

export interface ResolveEmbedderOptions {
  readonly quiet?: boolean;
  readonly endpoint?: EmbeddingEndpoint;
  /** Relative onnx: folders are read from here. Default: the current directory. */
  readonly baseDir?: string;
  readonly environment?: NodeJS.ProcessEnv;
}

const available = 'local:glove-100d-sif, local:use-lite, openai-compatible:<model>, onnx:<folder>, none';
const cache = new Map<string, Embedder>();

export function resolveEmbedder(name: string, options: ResolveEmbedderOptions = {}): Embedder | null {
  if (name === 'none') return null;
  const cached = cache.get(name);
  if (cached) return cached;
  const environment = options.environment ?? process.env;
  const colon = name.indexOf(':');
  const provider = colon < 0 ? name : name.slice(0, colon);
  const model = colon < 0 ? '' : name.slice(colon + 1);
  let embedder: Embedder;
  if (name === 'local:glove-100d-sif') {
    embedder = createSifEmbedder(
      loadWordVectors(cacheDir(environment), {
        onProgress: (message) => options.quiet || process.stderr.write(`switchboard: ${message}\n`),
      }),
    );
  } else if (name === useLiteEmbedderId) {
    embedder = createUseLiteEmbedder();
  } else if (provider === 'openai-compatible' && model) {
    embedder = openAiCompatible(model, options.endpoint, environment);
  } else if (provider === 'onnx' && model) {
    const folder = isAbsolute(model) ? model : resolve(options.baseDir ?? process.cwd(), model);
    embedder = createOnnxEmbedder({ folder, id: name });
  } else {
    throw new SwitchboardError('CONFIG_INVALID', `retrieval.embedder: unknown embedder '${name}' (available: ${available})`);
  }
  cache.set(name, embedder);
  return embedder;
}

/** SWITCHBOARD_EMBEDDINGS_BASE_URL / _API_KEY win over `llm.embeddings`, as SWITCHBOARD_LLM_* do for chat models. */
function openAiCompatible(model: string, endpoint: EmbeddingEndpoint | undefined, environment: NodeJS.ProcessEnv): Embedder {
  const baseUrl = environment['SWITCHBOARD_EMBEDDINGS_BASE_URL']?.trim() || endpoint?.baseUrl;
  if (!baseUrl)
    throw new SwitchboardError(
      'CONFIG_INVALID',
      `retrieval.embedder 'openai-compatible:${model}' needs a base URL: set llm.embeddings.baseUrl or SWITCHBOARD_EMBEDDINGS_BASE_URL (e.g. http://localhost:11434/v1)`,
      { details: { field: 'llm.embeddings.baseUrl' } },
    );
  const keyVariable = endpoint?.apiKeyEnv;
  const apiKey = environment['SWITCHBOARD_EMBEDDINGS_API_KEY']?.trim() || (keyVariable ? environment[keyVariable]?.trim() : undefined);
  if (keyVariable && !apiKey)
    throw new SwitchboardError('CONFIG_INVALID', `llm.embeddings.apiKeyEnv names ${keyVariable}, which is not set in the environment`, {
      details: { field: 'llm.embeddings.apiKeyEnv' },
    });
  return createOpenAiCompatibleEmbedder({
    baseUrl,
    model,
    ...(apiKey ? { apiKey } : {}),
    ...(endpoint?.dimensions ? { dimensions: endpoint.dimensions } : {}),
    maxBatchSize: endpoint?.batchSize ?? 64,
  });
}
