/** A reply's trace stages in brief, for the run to keep: the full trace stays in the scratch copy, which is deleted. */
import type { TraceStage } from '@switchboard/spec';
import type { StageSummary } from './suite-types.js';

/**
 * Characters of a stage's detail kept: enough for its decision (the intent and its confidence, the guard's verdict,
 * the top documents), while a 40-case run stays a few hundred kilobytes instead of the megabyte its full traces weigh.
 */
export const stageSummaryLength = 240;

export function stageSummaries(stages: readonly TraceStage[]): StageSummary[] {
  return stages.map((stage) => {
    const detail = JSON.stringify(stage.detail) ?? '';
    return {
      name: stage.name,
      milliseconds: stage.milliseconds,
      summary: detail.length > stageSummaryLength ? `${detail.slice(0, stageSummaryLength - 1)}…` : detail,
    };
  });
}
