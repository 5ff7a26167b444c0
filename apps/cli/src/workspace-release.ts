/**
 * Releases over an open workspace: the snapshot of what decides its answers now, its hash, and the workspace as the
 * serving release has it (the configuration sections from the snapshot, not from switchboard.yaml).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { adapterRegistryFileName, parseAdapterRegistry, parseConfig, type AdapterEntry } from '@switchboard/config';
import { behaviourConfig, behaviourFilePattern, releaseHashInput, releaseSnapshot, sameBehaviour } from '@switchboard/core/release';
import { SwitchboardError, type Release, type ReleaseSnapshot } from '@switchboard/spec';
import type { Workspace } from './workspace.js';

/** sha256 (hex) of the snapshot's canonical JSON: equal content, equal hash, whatever the key order. */
export function releaseHash(snapshot: ReleaseSnapshot): string {
  return createHash('sha256').update(releaseHashInput(snapshot)).digest('hex');
}

/**
 * The workspace's workflow and policy files by relative path: `workflows/*.yaml`, `tools.yaml`, `policy.yaml`,
 * `glossary.yaml`, and the hot-fix adapters' `adapters.yaml`.
 */
export function behaviourFiles(dir: string): Record<string, string> {
  const workflows = join(dir, 'workflows');
  const candidates = [
    'tools.yaml',
    'policy.yaml',
    'glossary.yaml',
    adapterRegistryFileName,
    ...(existsSync(workflows) ? readdirSync(workflows).map((name) => `workflows/${name}`) : []),
  ];
  const files: Record<string, string> = {};
  for (const path of candidates.sort())
    if (behaviourFilePattern.test(path) && existsSync(join(dir, path))) files[path] = readFileSync(join(dir, path), 'utf8');
  return files;
}

/** What the workspace would release now: its loaded configuration and files, at a knowledge version, gated by a run. */
export function workspaceSnapshot(
  workspace: Workspace,
  gate: { readonly runId: string; readonly knowledgeVersion: number },
): ReleaseSnapshot {
  return releaseSnapshot({
    config: workspace.config as unknown as Record<string, unknown>,
    files: behaviourFiles(workspace.dir),
    knowledgeVersion: gate.knowledgeVersion,
    evalRunId: gate.runId,
  });
}

export interface ServingWorkspace {
  /** The workspace with the serving release's configuration sections in place of the file's; the same one without a release. */
  readonly workspace: Workspace;
  /** The serving release's name, or null when none exists. */
  readonly release: string | null;
}

/**
 * The workspace as the serving release answers: the snapshot's configuration sections over the file's (the file keeps
 * the operational sections: store, server, sources, rate limits…). Warns when switchboard.yaml or the workflow files
 * differ from the release, so an edit is never shipped, or believed shipped, silently.
 */
export async function servingWorkspace(workspace: Workspace, warn: (message: string) => void): Promise<ServingWorkspace> {
  const name = await workspace.stores.releases.serving();
  if (name === null) return { workspace, release: null };
  const release = await workspace.stores.releases.get(name);
  if (!release) throw new SwitchboardError('STORE_FAILURE', `the serving release '${name}' is not stored`);
  // Through a JSON round trip, as the stored snapshot went, so only content differences count.
  const config = JSON.parse(JSON.stringify(behaviourConfig(workspace.config as unknown as Record<string, unknown>))) as Record<
    string,
    unknown
  >;
  if (!sameBehaviour({ config, files: behaviourFiles(workspace.dir) }, release.snapshot))
    warn(`switchboard.yaml differs from release ${name}; run \`switchboard release create\` to ship it`);
  return { workspace: releaseWorkspace(workspace, release), release: name };
}

/**
 * The workspace as `release` would answer (a rollout's candidate, a shadow run): its configuration sections over the
 * file's, and the hot-fix adapters, workflows, tools, policy and glossary of its snapshot, not the files as they are now.
 */
export function releaseWorkspace(workspace: Workspace, release: Release): Workspace {
  return {
    ...workspace,
    config: releasedConfig(workspace, release),
    adapters: releasedAdapters(release),
    workflowFiles: release.snapshot.files,
    workflowFilesLabel: `release ${release.name}`,
  };
}

/** The snapshot's adapters.yaml, validated as the file is; a release made without one routes to no adapter. */
function releasedAdapters(release: Release): AdapterEntry[] {
  const text = release.snapshot.files[adapterRegistryFileName];
  return text === undefined ? [] : parseAdapterRegistry(text, `release ${release.name}: ${adapterRegistryFileName}`);
}

/** The file's configuration with the release's sections in place, validated as a whole like switchboard.yaml is. */
function releasedConfig(workspace: Workspace, release: Release): Workspace['config'] {
  // JSON is YAML: the same parser validates it and reports every problem against the release's name.
  return parseConfig(JSON.stringify({ ...workspace.config, ...release.snapshot.config }), `release ${release.name}`);
}
