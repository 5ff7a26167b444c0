/** Times pipeline stages and records each one's decision, score and latency for the trace. */
import type { Clock, TraceStage } from '@switchboard/spec';

export interface StageRecorder {
  readonly stages: TraceStage[];
  timed<T>(name: string, run: () => T | Promise<T>, detail: (value: T) => Record<string, unknown>): Promise<T>;
  record(name: string, detail: Record<string, unknown>): void;
}

export function createStageRecorder(timer: Clock): StageRecorder {
  const stages: TraceStage[] = [];
  return {
    stages,
    async timed(name, run, detail) {
      const begin = timer();
      try {
        const value = await run();
        stages.push({ name, milliseconds: round(timer() - begin), detail: detail(value) });
        return value;
      } catch (error) {
        // A failed stage stays in the trace, so "why did the bot hand off" has an answer.
        stages.push({
          name,
          milliseconds: round(timer() - begin),
          detail: { error: error instanceof Error ? error.message : String(error) },
        });
        throw error;
      }
    },
    record(name, detail) {
      stages.push({ name, milliseconds: 0, detail });
    },
  };
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
