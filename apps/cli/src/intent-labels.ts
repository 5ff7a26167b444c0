/** The intents the workspace's trained model knows (`data/models/intents.json`), read without loading the model. */
import { existsSync, readFileSync } from 'node:fs';
import { workspaceIntentModelPath } from '@switchboard/evaluation';
import { SwitchboardError } from '@switchboard/spec';

/** The model's labels; null when the workspace has no intent model. */
export function workspaceIntentLabels(workspaceDir: string): readonly string[] | null {
  const path = workspaceIntentModelPath(workspaceDir);
  if (!existsSync(path)) return null;
  const labels = (JSON.parse(readFileSync(path, 'utf8')) as { labels?: unknown }).labels;
  if (!Array.isArray(labels) || !labels.every((label) => typeof label === 'string'))
    throw new SwitchboardError(
      'VALIDATION_FAILED',
      `${path}: 'labels' is not a list of intent names; retrain with switchboard train intents`,
    );
  return labels;
}

/**
 * Refuses intents the model cannot predict, and any intent without a model: a first stage limited to intents that are
 * never predicted would serve the candidate to nobody and never advance.
 */
export function checkKnownIntents(workspaceDir: string, intents: readonly string[], flag: string): void {
  const labels = workspaceIntentLabels(workspaceDir);
  if (!labels)
    throw new SwitchboardError(
      'VALIDATION_FAILED',
      `${flag} needs an intent model to tell intents apart; train one first (switchboard train intents FILE)`,
    );
  const unknown = intents.filter((intent) => !labels.includes(intent));
  if (unknown.length > 0)
    throw new SwitchboardError(
      'VALIDATION_FAILED',
      `${flag}: the intent model has no intent ${unknown.map((intent) => `'${intent}'`).join(', ')} (it knows ${labels.join(', ')})`,
    );
}
