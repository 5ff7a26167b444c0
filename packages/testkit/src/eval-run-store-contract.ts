/** The contract every EvalRunStore implementation passes. */
import { describe, expect, it } from 'vitest';
import { isSwitchboardError, type EvalRunStore, type StoredEvalRun } from '@switchboard/spec';

export interface EvalRunStoreHarness {
  readonly evalRuns: EvalRunStore;
  close(): Promise<void> | void;
}

const run = (runId: string, startedAt: string, passed = 3): StoredEvalRun => ({
  runId,
  startedAt,
  configHash: 'a1b2c3d4e5f60718',
  knowledgeVersion: 12,
  gitCommit: runId === 'outside-git' ? null : '0123456789abcdef0123456789abcdef01234567',
  casesTotal: 4,
  casesPassed: passed,
  body: JSON.stringify({ runId, cases: [{ id: 'refund-window', passed: true, reasons: [] }] }),
});

export function evalRunStoreContract(name: string, open: () => Promise<EvalRunStoreHarness>): void {
  describe(`EvalRunStore contract: ${name}`, () => {
    it('saves a run and reads it back by id exactly as saved, and answers null for an unknown id', async () => {
      const { evalRuns, close } = await open();
      try {
        await evalRuns.save(run('run-1', '2026-03-01T10:00:00.000Z'));
        await evalRuns.save(run('outside-git', '2026-03-01T11:00:00.000Z'));
        expect(await evalRuns.get('run-1')).toEqual(run('run-1', '2026-03-01T10:00:00.000Z'));
        expect((await evalRuns.get('outside-git'))?.gitCommit).toBeNull();
        expect(await evalRuns.get('run-9')).toBeNull();
      } finally {
        await close();
      }
    });

    it('lists the newest run first, ties in the order saved last first, and at most limit runs', async () => {
      const { evalRuns, close } = await open();
      try {
        await evalRuns.save(run('middle', '2026-03-02T00:00:00.000Z'));
        await evalRuns.save(run('oldest', '2026-03-01T00:00:00.000Z'));
        await evalRuns.save(run('newest-a', '2026-03-03T00:00:00.000Z'));
        await evalRuns.save(run('newest-b', '2026-03-03T00:00:00.000Z'));
        expect((await evalRuns.list()).map((stored) => stored.runId)).toEqual(['newest-b', 'newest-a', 'middle', 'oldest']);
        expect((await evalRuns.list(2)).map((stored) => stored.runId)).toEqual(['newest-b', 'newest-a']);
        expect(await evalRuns.list(0)).toEqual([]);
      } finally {
        await close();
      }
    });

    it('refuses a second run with a stored id with VALIDATION_FAILED naming it, and keeps the first', async () => {
      const { evalRuns, close } = await open();
      try {
        await evalRuns.save(run('run-1', '2026-03-01T10:00:00.000Z', 3));
        const error = await evalRuns.save(run('run-1', '2026-03-04T10:00:00.000Z', 1)).catch((caught: unknown) => caught);
        expect(isSwitchboardError(error) && error.code).toBe('VALIDATION_FAILED');
        expect((error as Error).message).toContain("'run-1'");
        expect((await evalRuns.get('run-1'))?.casesPassed).toBe(3);
        expect(await evalRuns.list()).toHaveLength(1);
      } finally {
        await close();
      }
    });

    it('keeps a changed object out of the store: the caller editing what it saved or read changes nothing stored', async () => {
      const { evalRuns, close } = await open();
      try {
        const saved = { ...run('run-1', '2026-03-01T10:00:00.000Z') };
        await evalRuns.save(saved);
        (saved as { casesPassed: number }).casesPassed = 0;
        const read = await evalRuns.get('run-1');
        (read as { body: string }).body = '{}';
        expect(await evalRuns.get('run-1')).toEqual(run('run-1', '2026-03-01T10:00:00.000Z'));
      } finally {
        await close();
      }
    });
  });
}
