import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, type RunningServer } from '@switchboard/server';
import { startWorkspaceServer } from '../src/commands/serve-command.js';
import { openWorkspace, type Workspace } from '../src/workspace.js';
import { runCli } from '@switchboard/testkit';

const exampleKb = fileURLToPath(new URL('../../../examples/acme-help-center/kb', import.meta.url));
const question = 'how long does a card refund take?';

interface Stage {
  readonly name: string;
  readonly detail: Record<string, unknown>;
}

describe('the answer cache through the HTTP API of `switchboard serve`', () => {
  let dir: string;
  let workspace: Workspace;
  let server: RunningServer;
  /** Sends the agent key this test creates in the workspace. */
  let authorization: { authorization: string };

  /** Posts the question in a new conversation and returns the answer with its stored trace's stages. */
  async function ask(text: string): Promise<{ text: string; citations: { path: string }[]; stages: Stage[] }> {
    const conversation = (await (await fetch(`${server.url}/v1/conversations`, { method: 'POST', headers: authorization })).json()) as {
      id: string;
    };
    const response = await fetch(`${server.url}/v1/conversations/${conversation.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization },
      body: JSON.stringify({ text }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { text: string; citations: { path: string }[]; traceId: string };
    const trace = (await (await fetch(`${server.url}/v1/traces/${body.traceId}`, { headers: authorization })).json()) as {
      stages: Stage[];
    };
    return { ...body, stages: trace.stages };
  }
  const stage = (stages: readonly Stage[], name: string) => stages.find((s) => s.name === name)?.detail;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-answer-cache-'));
    expect((await runCli(['init', dir])).code).toBe(0);
    cpSync(exampleKb, join(dir, 'kb'), { recursive: true });
    expect((await runCli(['-w', dir, 'ingest'])).code).toBe(0);
    workspace = openWorkspace(dir);
    const { key } = await createApiKey(workspace.stores.apiKeys, { name: 'test', scope: 'admin', createdAt: new Date().toISOString() });
    authorization = { authorization: `Bearer ${key}` };
    server = await startWorkspaceServer(workspace, { host: '127.0.0.1', port: 0, logLevel: 'silent' });
  });
  afterAll(async () => {
    await server?.close();
    workspace?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a repeated question from the cache, and answers afresh from the edited article after an ingest elsewhere', async () => {
    const first = await ask(question);
    expect(first.citations[0]?.path).toBe('kb/billing/refunds.md');
    expect(first.text).toContain('5–10 business days');
    const missed = stage(first.stages, 'cache') as { hit: boolean; key: string; knowledgeVersion: number };
    expect(missed).toMatchObject({ hit: false });

    const second = await ask(question);
    expect(stage(second.stages, 'cache')).toEqual({
      hit: true,
      key: missed.key,
      knowledgeVersion: missed.knowledgeVersion,
      mode: 'extractive',
    });
    expect(stage(second.stages, 'retrieve')).toEqual({ skipped: 'served from the answer cache' });
    expect(second.stages.map((s) => s.name)).toEqual(first.stages.map((s) => s.name));
    expect(second.text).toBe(first.text);

    // Another process edits the cited article and ingests it into the same SQLite file.
    const article = join(dir, 'kb', 'billing', 'refunds.md');
    writeFileSync(article, readFileSync(article, 'utf8').replaceAll('5–10 business days', '3–4 business days'));
    const ingest = await runCli(['-w', dir, 'ingest']);
    expect(ingest.stdout).toContain('updated 1');

    const fresh = await ask(question);
    const refreshed = stage(fresh.stages, 'cache') as { hit: boolean; knowledgeVersion: number };
    expect(refreshed.hit).toBe(false);
    expect(refreshed.knowledgeVersion).toBeGreaterThan(missed.knowledgeVersion);
    expect(stage(fresh.stages, 'retrieve')).toHaveProperty('chunks');
    expect(fresh.text).toContain('3–4 business days');
    expect(fresh.text).not.toContain('5–10 business days');
    expect(stage((await ask(question)).stages, 'cache')).toMatchObject({ hit: true, knowledgeVersion: refreshed.knowledgeVersion });
  });
});
