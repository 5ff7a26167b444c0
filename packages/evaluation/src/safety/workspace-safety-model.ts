/** Where a workspace keeps the safety corrections `switchboard train safety` writes, writing them and reading them back. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { workspaceSafetyModelFormat, type WorkspaceSafetyModelData } from '@switchboard/core/safety';
import { SwitchboardError } from '@switchboard/spec';

export function workspaceSafetyModelPath(workspaceDir: string): string {
  return join(workspaceDir, 'data', 'models', 'safety.json');
}

/** Written whole to a temporary name and renamed, so a running server never reads half a model. */
export function writeWorkspaceSafetyModel(path: string, model: WorkspaceSafetyModelData): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, JSON.stringify(model));
  renameSync(`${path}.tmp`, path);
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
