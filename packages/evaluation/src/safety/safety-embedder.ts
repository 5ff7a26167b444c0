/** The sentence embedder of the safety model that `--embedder` names: local:use-lite, or none for n-grams alone. */
import { resolveEmbedder } from '@switchboard/providers';
import { SwitchboardError, type Embedder } from '@switchboard/spec';

export function safetyEmbedder(name: string): Embedder | null {
  if (name !== 'local:use-lite' && name !== 'none')
    throw new SwitchboardError('VALIDATION_FAILED', `--embedder: expected local:use-lite or none, got '${name}'`);
  return name === 'none' ? null : resolveEmbedder(name, { quiet: true });
}
