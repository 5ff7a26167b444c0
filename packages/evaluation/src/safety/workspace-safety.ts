/** A workspace's safety filter at run time: the shipped models, the configured actions and its own trained corrections. */
import type { SwitchboardConfig } from '@switchboard/config';
import { createDefaultSafetyFilter, defaultSafetyActions, type SafetyFilter } from '@switchboard/core/safety';
import { shippedSafetyModels } from '@switchboard/models';
import { resolveEmbedder } from '@switchboard/providers';
import type { Embedder } from '@switchboard/spec';
import { readWorkspaceSafetyModel, workspaceSafetyModelPath } from './workspace-safety-model.js';

/**
 * The shipped safety filter with the configured actions, and the sentence embedder of its embedding model
 * (`safety.embedder`); when that embedder cannot load the filter scores n-grams alone. The workspace's own
 * corrections from `switchboard train safety` (data/models/safety.json) are applied on top when present.
 */
export function loadWorkspaceSafety(
  settings: SwitchboardConfig['safety'],
  workspaceDir: string,
  warn: (message: string) => void,
): { safety: SafetyFilter; safetyEmbedder: Embedder | null } {
  let safetyEmbedder: Embedder | null = null;
  if (settings.embedder !== 'none') {
    try {
      safetyEmbedder = resolveEmbedder(settings.embedder, { quiet: true });
    } catch (error) {
      warn(`safety embedder ${settings.embedder} is unavailable (${(error as Error).message}); n-grams only`);
    }
  }
  return {
    safety: createDefaultSafetyFilter({
      models: shippedSafetyModels,
      actions: { ...defaultSafetyActions, ...settings.actions },
      embeddingModel: safetyEmbedder !== null,
      workspaceModel: readWorkspaceSafetyModel(workspaceSafetyModelPath(workspaceDir)),
    }),
    safetyEmbedder,
  };
}
