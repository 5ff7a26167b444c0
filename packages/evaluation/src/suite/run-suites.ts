/**
 * `eval run`: reads the suites, plays every case as one conversation through the workspace's real conversation
 * service on a scratch copy of its data, checks each against its expectations, aggregates, compares with a baseline
 * and saves the run in the workspace's own store.
 */
import type { ConversationService } from '@switchboard/core/conversation';
import { isSwitchboardError, SwitchboardError, type EvalRunStore, type EventStore, type IdGenerator } from '@switchboard/spec';
import { checkSuiteCase } from './check-suite-case.js';
import { playSuiteCase } from './play-suite-case.js';
import { readEvalSuite, type ReadSuiteFile } from './read-eval-suite.js';
import { regressionsSince } from './regressions-since.js';
import { suiteAggregates, type AggregatedCase } from './suite-aggregates.js';
import { judgePlayed, judgeSummary, type SuiteJudge } from './suite-judge.js';
import { saveEvalRun } from './save-eval-run.js';
import { unknownExpectedSources } from './unknown-expected-sources.js';
import type { CaseResult, EvalRun, PlayedCase } from './suite-types.js';

/** A scratch copy of the workspace's data with the real service over it: whatever a case writes, it writes here. */
export interface ScratchWorkspace {
  /** `KnowledgeStore.knowledgeVersion()` of the copy, the same as the workspace's when it was taken. */
  readonly knowledgeVersion: number;
  /** Paths and urls of the copy's documents, so an expected citation that names none is reported before playing. */
  readonly documents: readonly { readonly path: string; readonly url: string | null }[];
  /**
   * The service the app serves with, over the copy's stores, for one case: each case gets its own workflow actor and
   * fresh tool-server data, so what one case does (cancel an order) no other case sees, whatever the order.
   */
  openCase(): { readonly service: ConversationService; readonly events: EventStore };
  /** Closes the copy's stores and deletes the copy. */
  close(): Promise<void>;
}

/** What runs need from a workspace; the app wires it (packages cannot import an app). */
export interface SuiteWorkspace {
  /** The workspace folder: suite paths under it are named relative to it. */
  readonly dir: string;
  /** sha256 of the configuration as loaded, first 16 hex digits. */
  readonly configHash: string;
  /** `git rev-parse HEAD` of the workspace's repository, or null outside one. */
  readonly gitCommit: string | null;
  /** The workspace's own run store (never the scratch copy's): runs are saved here. */
  readonly runs: EvalRunStore;
  /** Wall clock in milliseconds, for the run's start and finish. */
  readonly clock: () => number;
  readonly newId: IdGenerator;
  /** Copies the workspace's data and opens the real service over the copy. */
  openScratch(): Promise<ScratchWorkspace>;
}

export interface RunSuitesOptions {
  /** Suite files (`evals/*.yaml`), as given. */
  readonly suites: readonly string[];
  /** A stored run to compare with: every case that passed there and fails now is a regression. */
  readonly baseline?: EvalRun | null;
  readonly onProgress?: (done: number, total: number, label: string) => void;
  /** Told of each expected source that names no document of the workspace (a removed article, or a typo). */
  readonly onWarning?: (message: string) => void;
  /** `--judge`: the LLM judge grades each played case (advisory: `passed` stays the expectations' verdict). */
  readonly judge?: SuiteJudge;
}

export async function runSuites(workspace: SuiteWorkspace, options: RunSuitesOptions): Promise<EvalRun> {
  if (options.suites.length === 0)
    throw new SwitchboardError('DATASET_INVALID', `${workspace.dir}: no suites to run; write cases in evals/*.yaml`);
  const suites = readSuites(options.suites, workspace.dir);
  const startedAt = new Date(workspace.clock()).toISOString();
  const scratch = await workspace.openScratch();
  const warnings = unknownExpectedSources(suites, scratch.documents);
  let played: AggregatedCase[];
  try {
    for (const warning of warnings) options.onWarning?.(warning);
    played = await playAll(scratch, suites, options.onProgress);
  } finally {
    await scratch.close();
  }
  if (options.judge) played = await judgePlayed(options.judge, played, options.onProgress);
  const regressions = options.baseline
    ? regressionsSince(
        options.baseline,
        played.map(({ result }) => result),
      )
    : null;
  const run: EvalRun = {
    runId: workspace.newId('run'),
    startedAt,
    finishedAt: new Date(workspace.clock()).toISOString(),
    configHash: workspace.configHash,
    knowledgeVersion: scratch.knowledgeVersion,
    gitCommit: workspace.gitCommit,
    suites: suites.map((suite) => suite.file),
    cases: played.map(({ result }) => result),
    aggregates: { ...suiteAggregates(played), ...(regressions ? { regressions: regressions.length } : {}) },
    ...(options.baseline && regressions ? { baseline: { runId: options.baseline.runId, regressions } } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
    ...(options.judge
      ? {
          judge: judgeSummary(
            options.judge,
            played.flatMap(({ result }) => (result.judge ? [result.judge] : [])),
          ),
        }
      : {}),
  };
  await saveEvalRun(workspace.runs, run);
  return run;
}

/** Every suite's problems at once, so one run of the command shows all there is to fix. */
function readSuites(files: readonly string[], workspaceDir: string): ReadSuiteFile[] {
  const problems: string[] = [];
  const suites: ReadSuiteFile[] = [];
  for (const file of files) {
    try {
      suites.push(readEvalSuite(file, workspaceDir));
    } catch (error) {
      if (!isSwitchboardError(error)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new SwitchboardError('DATASET_INVALID', problems.join('\n'));
  return suites;
}

async function playAll(
  scratch: ScratchWorkspace,
  suites: readonly ReadSuiteFile[],
  onProgress: RunSuitesOptions['onProgress'],
): Promise<AggregatedCase[]> {
  const all = suites.flatMap((suite) => suite.cases.map((testCase) => ({ suite: suite.file, testCase })));
  const played: AggregatedCase[] = [];
  for (const [index, { suite, testCase }] of all.entries()) {
    onProgress?.(index, all.length, testCase.id);
    const outcome = await playOrExplain(scratch, testCase);
    const reasons = 'error' in outcome ? [outcome.error] : checkSuiteCase(testCase, outcome.played);
    const result: CaseResult = {
      id: testCase.id,
      suite,
      passed: reasons.length === 0,
      reasons,
      played: outcome.played,
      // Kept with the verdict so a stored run explains itself (the report's transcripts and intent confusion).
      turns: testCase.turns,
      expect: testCase.expect,
    };
    played.push({ testCase, result });
  }
  onProgress?.(all.length, all.length, '');
  return played;
}

/** A case the service fails on fails with the error as its reason; the other cases still run. */
async function playOrExplain(
  scratch: ScratchWorkspace,
  testCase: AggregatedCase['testCase'],
): Promise<{ played: PlayedCase } | { played: PlayedCase; error: string }> {
  try {
    return { played: await playSuiteCase(scratch.openCase(), testCase) };
  } catch (error) {
    return { played: { replies: [], actions: [] }, error: `could not be played: ${(error as Error).message}` };
  }
}
