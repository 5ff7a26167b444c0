/** Where a workspace keeps the safety corrections `switchboard train safety` writes, and reading them back. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceSafetyModelFormat, type WorkspaceSafetyModelData } from '@switchboard/core';
import { SwitchboardError } from '@switchboard/spec';

export function workspaceSafetyModelPath(workspaceDir: string): string {
  return join(workspaceDir, 'data', 'models', 'safety.json');
}

/** The workspace's trained safety corrections, or null when it has none; a damaged file is an error naming it. */
export function readWorkspaceSafetyModel(path: string): WorkspaceSafetyModelData | null {
  if (!existsSync(path)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SwitchboardError(
      'DATASET_INVALID',
      `${path}: not valid JSON (${(error as Error).message}); run \`switchboard train safety\` again`,
      {
        cause: error,
      },
    );
  }
  const record = data as Partial<WorkspaceSafetyModelData> | null;
  if (!record || record.format !== workspaceSafetyModelFormat || typeof record.ngram !== 'object')
    throw new SwitchboardError(
      'DATASET_INVALID',
      `${path}: expected a ${workspaceSafetyModelFormat} model written by \`switchboard train safety\``,
    );
  return record as WorkspaceSafetyModelData;
}
