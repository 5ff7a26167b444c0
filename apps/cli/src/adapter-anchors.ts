/**
 * An adapter's stability anchors: the anchor suites played twice on scratch copies of the workspace, once as it
 * answers without the adapter and once with it routed, and the cases that passed without it and fail with it.
 */
import { isAbsolute, join } from 'node:path';
import type { AdapterEntry } from '@switchboard/config';
import type { EvalRun } from '@switchboard/evaluation';
import { runWorkspaceSuites, workspaceSuiteFiles } from './eval-suites.js';
import { readAdapterRegistry } from './workspace-adapters.js';
import type { Workspace } from './workspace.js';

export interface AnchorResult {
  readonly suites: readonly string[];
  /** The run without the adapter (every other registered adapter still routed). */
  readonly baseline: EvalRun;
  /** The run with the adapter routed, compared with `baseline`. */
  readonly run: EvalRun;
  /** Cases that passed in `baseline` and fail in `run`: the adapter may not serve while there is one. */
  readonly regressions: readonly string[];
}

/**
 * The suites to anchor on: `--anchors` when given, else `adapters.anchors` of the config, else every evals/*.yaml
 * (what `eval run` plays). Paths are relative to the workspace.
 */
export function anchorSuites(workspace: Workspace, flag: readonly string[] | undefined): string[] {
  const named = flag && flag.length > 0 ? flag : workspace.config.adapters.anchors;
  if (named.length === 0) return workspaceSuiteFiles(workspace.dir);
  return named.map((suite) => (isAbsolute(suite) ? suite : join(workspace.dir, suite)));
}

export async function runAnchors(
  workspace: Workspace,
  candidate: AdapterEntry,
  options: { readonly suites: readonly string[]; readonly onProgress?: (done: number, total: number, label: string) => void },
): Promise<AnchorResult> {
  // Without any version of this adapter: the anchors hold it to what the base model does, not to its predecessor.
  const others = readAdapterRegistry(workspace.dir).filter((adapter) => adapter.name !== candidate.name);
  const progress = (phase: string) =>
    options.onProgress
      ? { onProgress: (done: number, total: number, label: string) => options.onProgress?.(done, total, `${phase} ${label}`) }
      : {};
  const baseline = await runWorkspaceSuites({ ...workspace, adapters: others }, { suites: options.suites, ...progress('without') });
  const run = await runWorkspaceSuites(
    { ...workspace, adapters: [...others, candidate] },
    { suites: options.suites, baselineRunId: baseline.runId, ...progress('with') },
  );
  return { suites: baseline.suites, baseline, run, regressions: run.baseline?.regressions ?? [] };
}
