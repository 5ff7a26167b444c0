/**
 * The trace's fixed stage order: every trace lists the same stages in the same order, whatever is configured and
 * whichever path the message took, so traces compare line by line. A stage that did not run says why.
 */
import type { TraceStage } from '@switchboard/spec';

export const stageOrder = [
  'safety',
  'intent',
  'route',
  'act',
  'rewrite',
  'cache',
  'retrieve',
  'compose',
  'generate',
  'persona',
  'guard',
] as const;

export type StageName = (typeof stageOrder)[number];

/**
 * The recorded stages in `stageOrder`, each missing one filled in as `{skipped: reason}`. A stage name outside the
 * order (none today) keeps its place after the stage recorded before it.
 */
export function inStageOrder(recorded: readonly TraceStage[], skippedBecause: (name: StageName) => string): TraceStage[] {
  const byName = new Map(recorded.map((stage) => [stage.name, stage]));
  const ordered: TraceStage[] = [];
  for (const name of stageOrder) {
    ordered.push(byName.get(name) ?? { name, milliseconds: 0, detail: { skipped: skippedBecause(name) } });
    const index = recorded.findIndex((stage) => stage.name === name);
    if (index < 0) continue;
    for (let next = index + 1; next < recorded.length && !isOrdered(recorded[next]!.name); next += 1) ordered.push(recorded[next]!);
  }
  const unplaced = recorded.filter((stage) => !isOrdered(stage.name) && !ordered.includes(stage));
  return [...unplaced, ...ordered];
}

function isOrdered(name: string): name is StageName {
  return (stageOrder as readonly string[]).includes(name);
}
