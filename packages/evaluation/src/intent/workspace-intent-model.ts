/** Where a workspace keeps the model `switchboard train intents` writes, and reading it back with its embedder. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntentClassifier } from '@switchboard/core/intent';
import { resolveEmbedder } from '@switchboard/providers';
import type { Embedder } from '@switchboard/spec';

export function workspaceIntentModelPath(workspaceDir: string): string {
  return join(workspaceDir, 'data', 'models', 'intents.json');
}

/** The workspace's intent model, or nulls when it has none. */
export function readWorkspaceIntentModel(workspaceDir: string): { intent: IntentClassifier | null; intentEmbedder: Embedder | null } {
  const path = workspaceIntentModelPath(workspaceDir);
  if (!existsSync(path)) return { intent: null, intentEmbedder: null };
  const json = JSON.parse(readFileSync(path, 'utf8')) as { embedder?: { id: string } | null };
  // A model trained with sentence-embedding features needs the same embedder at prediction time.
  const intentEmbedder = json.embedder ? resolveEmbedder(json.embedder.id, { quiet: true }) : null;
  return { intent: IntentClassifier.fromJSON(json, { embedderId: intentEmbedder?.id ?? null }), intentEmbedder };
}
