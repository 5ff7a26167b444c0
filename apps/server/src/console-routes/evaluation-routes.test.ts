/** Issue 19 item 7: the console's eval run routes over runs stored in real SQLite, checked against the workspace's criteria. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { parseCriteria } from '@switchboard/core/evaluation';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { createTestKey, withKey } from '../__fixtures__/test-api-keys.js';
import { keyedApp } from '../__fixtures__/keyed-app.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;

/** A stored run as `eval run` writes it, cut down to what the routes read plus a case to pass through. */
function storedRun(
  runId: string,
  startedAt: string,
  aggregates: Record<string, unknown>,
  baseline?: { runId: string; regressions: string[] },
) {
  const body = {
    runId,
    startedAt,
    finishedAt: startedAt,
    configHash: 'abc123',
    knowledgeVersion: 3,
    gitCommit: null,
    suites: ['evals/answers.yaml'],
    cases: [{ id: 'refund-window', suite: 'evals/answers.yaml', passed: false, reasons: ['cites kb/refunds.md, got none'] }],
    aggregates: { handoffByReason: {}, ...aggregates },
    ...(baseline ? { baseline } : {}),
  };
  return {
    runId,
    startedAt,
    configHash: 'abc123',
    knowledgeVersion: 3,
    gitCommit: null,
    casesTotal: 4,
    casesPassed: 3,
    body: JSON.stringify(body),
  };
}

describe('GET /v1/evaluations/runs (issue 19)', () => {
  let dir: string;
  let stores: SqliteStores;
  let app: FastifyInstance;
  let adminKey: string;
  let agentKey: string;
  const get = (url: string, key = adminKey) => app.inject(withKey(key, { method: 'GET', url }));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-evaluation-routes-'));
    stores = createSqliteStores(join(dir, 'store.db'));
    app = keyedApp(stores, newId, {
      evalRuns: stores.evalRuns,
      releaseCriteria: parseCriteria({ passRate: '>= 0.9', p95Ms: '<= 1500', regressions: '== 0' }),
    });
    adminKey = await createTestKey(stores.apiKeys, 'admin');
    agentKey = await createTestKey(stores.apiKeys, 'agent');
    await stores.evalRuns.save(storedRun('run_old', '2026-03-01T09:00:00.000Z', { cases: 4, passed: 3, passRate: 0.75, p95Ms: 900 }));
    await stores.evalRuns.save(
      storedRun(
        'run_new',
        '2026-03-02T09:00:00.000Z',
        { cases: 4, passed: 4, passRate: 1, p95Ms: null },
        { runId: 'run_old', regressions: [] },
      ),
    );
  });
  afterEach(async () => {
    await app.close();
    stores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the stored runs newest first with their listing columns, at most limit', async () => {
    const response = await get('/v1/evaluations/runs');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      runs: [
        {
          runId: 'run_new',
          startedAt: '2026-03-02T09:00:00.000Z',
          configHash: 'abc123',
          knowledgeVersion: 3,
          gitCommit: null,
          casesTotal: 4,
          casesPassed: 3,
        },
        expect.objectContaining({ runId: 'run_old' }),
      ],
    });
    expect(response.json<{ runs: { runId: string }[] }>().runs).not.toContainEqual(expect.objectContaining({ body: expect.anything() }));
    const one = await get('/v1/evaluations/runs?limit=1');
    expect(one.json<{ runs: { runId: string }[] }>().runs.map((run) => run.runId)).toEqual(['run_new']);
    const bad = await get('/v1/evaluations/runs?limit=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('limit');
  });

  it('answers a run as stored with each configured criterion checked against its aggregates', async () => {
    const old = await get('/v1/evaluations/runs/run_old');
    expect(old.statusCode).toBe(200);
    const body = old.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      runId: 'run_old',
      suites: ['evals/answers.yaml'],
      cases: [{ id: 'refund-window', passed: false, reasons: ['cites kb/refunds.md, got none'] }],
      aggregates: { passRate: 0.75 },
    });
    expect(body['criteria']).toEqual([
      { name: 'passRate', operator: '>=', threshold: 0.9, value: 0.75, passed: false, reason: 'passRate is 0.75, not >= 0.9' },
      { name: 'p95Ms', operator: '<=', threshold: 1500, value: 900, passed: true, reason: null },
      // No baseline: regressions were not counted, which fails rather than passes.
      expect.objectContaining({ name: 'regressions', value: null, passed: false, reason: expect.stringContaining('--baseline') }),
    ]);
    const newer = (await get('/v1/evaluations/runs/run_new')).json<{
      criteria: { name: string; value: number | null; passed: boolean }[];
    }>();
    expect(newer.criteria.map(({ name, value, passed }) => ({ name, value, passed }))).toEqual([
      { name: 'passRate', value: 1, passed: true },
      { name: 'p95Ms', value: null, passed: false },
      { name: 'regressions', value: 0, passed: true },
    ]);
  });

  it('answers 404 naming an unknown run, and no criteria when none are configured', async () => {
    const unknown = await get('/v1/evaluations/runs/run_missing');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'NOT_FOUND', message: expect.stringContaining('run_missing') } });
    await app.close();
    app = keyedApp(stores, newId, { evalRuns: stores.evalRuns });
    expect((await get('/v1/evaluations/runs/run_old')).json()).toMatchObject({ runId: 'run_old', criteria: [] });
  });

  it('answers 404 saying so when the server has no eval run store', async () => {
    await app.close();
    app = keyedApp(stores, newId);
    const response = await get('/v1/evaluations/runs');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND', message: expect.stringContaining('eval run store') } });
  });

  it('keeps runs to admin keys: none is 401, an agent key 403', async () => {
    for (const url of ['/v1/evaluations/runs', '/v1/evaluations/runs/run_old']) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
      expect((await get(url, agentKey)).statusCode, url).toBe(403);
      expect((await get(url)).statusCode, url).toBe(200);
    }
  });
});
