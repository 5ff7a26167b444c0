/** Resolves the `retrieval.embedder` setting ('provider:model') to an Embedder. */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createSifEmbedder, loadWordVectors } from '@switchboard/providers';
import { SwitchboardError, type Embedder } from '@switchboard/spec';

/** Where converted model files are cached: $SWITCHBOARD_CACHE_DIR, else ~/.cache/switchboard. */
export function cacheDir(environment: NodeJS.ProcessEnv = process.env): string {
  return environment['SWITCHBOARD_CACHE_DIR'] ?? join(environment['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'switchboard');
}

const cache = new Map<string, Embedder>();

export function resolveEmbedder(name: string, options: { quiet?: boolean } = {}): Embedder | null {
  if (name === 'none') return null;
  const cached = cache.get(name);
  if (cached) return cached;
  let embedder: Embedder;
  switch (name) {
    case 'local:glove-100d-sif':
      embedder = createSifEmbedder(
        loadWordVectors(cacheDir(), { onProgress: (message) => options.quiet || process.stderr.write(`switchboard: ${message}\n`) }),
      );
      break;
    default:
      throw new SwitchboardError(
        'CONFIG_INVALID',
        `retrieval.embedder: unknown embedder '${name}' (available: local:glove-100d-sif, none)`,
      );
  }
  cache.set(name, embedder);
  return embedder;
}
