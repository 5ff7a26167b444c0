import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, type RunningServer } from '@switchboard/server';
import { startWorkspaceServer } from '../src/commands/serve-command.js';
import { openWorkspace, type Workspace } from '../src/workspace.js';
import { ingestFixtures } from './ingest-test-helpers.js';
import { runCli } from '@switchboard/testkit';

const resetArticle = 'kb/zendesk/help-center.json#360001111111-en-us';

interface RetrievedChunk {
  readonly path: string;
  readonly score: number;
  readonly fieldScores: Record<string, number>;
  readonly signals?: Record<string, number>;
}

describe("Zendesk tickets' help-center links feed retrieval's history on ingest", () => {
  let dir: string;
  let workspace: Workspace;
  let server: RunningServer;
  /** Sends the agent key this test creates in the workspace. */
  let authorization: { authorization: string };

  /** The chunks the retrieve stage of the stored trace lists for a question asked through the HTTP API. */
  async function retrieved(text: string): Promise<RetrievedChunk[]> {
    const conversation = (await (await fetch(`${server.url}/v1/conversations`, { method: 'POST', headers: authorization })).json()) as {
      id: string;
    };
    const response = await fetch(`${server.url}/v1/conversations/${conversation.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization },
      body: JSON.stringify({ text }),
    });
    const { traceId } = (await response.json()) as { traceId: string };
    const trace = (await (await fetch(`${server.url}/v1/traces/${traceId}`, { headers: authorization })).json()) as {
      stages: { name: string; detail: { chunks?: RetrievedChunk[] } }[];
    };
    return trace.stages.find((stage) => stage.name === 'retrieve')?.detail.chunks ?? [];
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-zendesk-history-'));
    expect((await runCli(['init', dir])).code).toBe(0);
    mkdirSync(join(dir, 'kb', 'zendesk'));
    copyFileSync(join(ingestFixtures, 'zendesk', 'help-center.json'), join(dir, 'kb', 'zendesk', 'help-center.json'));
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

  it('retrieves the linked article for a question phrased like the ticket, with its "asked as" and history scores', async () => {
    const question = 'I cannot log in';
    const before = (await retrieved(question)).find((hit) => hit.path === resetArticle);
    expect(before?.fieldScores['askedAs'] ?? 0).toBe(0);
    expect(before?.signals?.['history'] ?? 0).toBe(0);

    // Ticket 5003 ("Cannot log in") was solved with a link to the "Reset your password" article.
    copyFileSync(join(ingestFixtures, 'zendesk', 'tickets.json'), join(dir, 'kb', 'zendesk', 'tickets.json'));
    expect((await runCli(['-w', dir, 'ingest'])).stdout).toContain('added 2');

    const after = await retrieved(question);
    const article = after.find((hit) => hit.path === resetArticle);
    expect(article?.fieldScores['askedAs']).toBeGreaterThan(0);
    expect(article?.signals?.['history']).toBeGreaterThan(0);
    expect(article!.score).toBeGreaterThan(before?.score ?? 0);
    // The ticket itself matches on its own title; of the help-center articles, the linked one comes first.
    expect(after.find((hit) => hit.path.includes('help-center.json'))?.path).toBe(resetArticle);
  });
});
