/** What `eval run` and `eval gate` share: which suite files to run, the baseline run, and one run over a workspace. */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { judgeRubricPath, runSuites, type EvalRun, type SuiteJudge } from '@switchboard/evaluation';
import { SwitchboardError, type EvalRunStore } from '@switchboard/spec';
import { createSuiteWorkspace } from './suite-workspace.js';
import { ensureIngested, type Workspace } from './workspace.js';

export interface WorkspaceSuiteOptions {
  /** Suite files as given on the command line; none means every `evals/*.yaml` of the workspace. */
  readonly suites: readonly string[];
  /** `--baseline`: the id of a stored run to compare with. */
  readonly baselineRunId?: string;
  readonly onProgress?: (done: number, total: number, label: string) => void;
  /** Each expected source that names no document of the workspace; stderr when absent. */
  readonly onWarning?: (message: string) => void;
  /** `--judge`: the LLM judge that grades each played case. */
  readonly judge?: SuiteJudge;
}

/** Plays the suites on a scratch copy of the workspace (ingested first when its store is empty) and saves the run. */
export async function runWorkspaceSuites(workspace: Workspace, options: WorkspaceSuiteOptions): Promise<EvalRun> {
  const baseline = options.baselineRunId === undefined ? null : await readStoredRun(workspace.stores.evalRuns, options.baselineRunId);
  const suites = options.suites.length > 0 ? options.suites : workspaceSuiteFiles(workspace.dir);
  await ensureIngested(workspace);
  return runSuites(createSuiteWorkspace(workspace), {
    suites,
    baseline,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    onWarning: options.onWarning ?? ((message) => void process.stderr.write(`switchboard: warning: ${message}\n`)),
    ...(options.judge ? { judge: options.judge } : {}),
  });
}

/** Every `evals/*.yaml` (and `.yml`) of the workspace, in name order. */
export function workspaceSuiteFiles(workspaceDir: string): string[] {
  const folder = join(workspaceDir, 'evals');
  const files = existsSync(folder)
    ? readdirSync(folder)
        // The judge's rubric lives beside the suites but is not one.
        .filter((name) => /\.ya?ml$/i.test(name) && name !== basename(judgeRubricPath))
        .sort()
    : [];
  if (files.length === 0)
    throw new SwitchboardError(
      'DATASET_INVALID',
      `${folder}: no suites (*.yaml) to run; write cases there (docs/evaluation.md, "Golden suites") or name suite files`,
    );
  return files.map((name) => join(folder, name));
}

/** A stored run by id, or the newest with `latest`; an unknown id names where the ids are listed. */
export async function readStoredRun(runs: EvalRunStore, runId: string): Promise<EvalRun> {
  // `latest` saves a CI step a lookup: compare with whatever ran last (the last release's run, when CI stores one).
  const id = runId === 'latest' ? (await runs.list(1))[0]?.runId : runId;
  if (id === undefined) throw new SwitchboardError('VALIDATION_FAILED', '--baseline latest: no evaluation run is stored yet');
  const stored = await runs.get(id);
  if (!stored)
    throw new SwitchboardError(
      'VALIDATION_FAILED',
      `--baseline ${runId}: no evaluation run with that id; 'switchboard eval runs' lists them`,
    );
  return JSON.parse(stored.body) as EvalRun;
}
