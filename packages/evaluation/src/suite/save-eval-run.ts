/** Saves a run in a run store: the columns `eval runs` lists, and the whole run as JSON. */
import type { EvalRunStore } from '@switchboard/spec';
import type { EvalRun } from './suite-types.js';

export function saveEvalRun(runs: EvalRunStore, run: EvalRun): Promise<void> {
  return runs.save({
    runId: run.runId,
    startedAt: run.startedAt,
    configHash: run.configHash,
    knowledgeVersion: run.knowledgeVersion,
    gitCommit: run.gitCommit,
    casesTotal: run.aggregates.cases,
    casesPassed: run.aggregates.passed,
    body: JSON.stringify(run),
  });
}
