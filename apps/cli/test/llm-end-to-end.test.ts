import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBin, runCli, startOpenAiStandIn, type OpenAiStandIn } from '@switchboard/testkit';

const exampleKb = fileURLToPath(new URL('../../../examples/acme-help-center/kb', import.meta.url));

/** Starts `switchboard serve --port 0` against an LLM endpoint and resolves with its URL. */
function serve(workspace: string, env: Record<string, string>): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [cliBin, '-w', workspace, 'serve', '--port', '0'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (data: Buffer) => {
      output += data.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ url: match[1]!, process: child });
    });
    child.stderr!.on('data', (data: Buffer) => (output += data.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

/** The admin key `keys create` made in the test's workspace. */
let authorization: { authorization: string };

async function ask(url: string, text: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const conversation = (await (await fetch(`${url}/v1/conversations`, { method: 'POST', headers: authorization })).json()) as {
    id: string;
  };
  const response = await fetch(`${url}/v1/conversations/${conversation.id}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorization },
    body: JSON.stringify({ text }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('generative answers through the HTTP API against a local OpenAI-compatible stand-in server', () => {
  let workspace: string;
  let standIn: OpenAiStandIn;

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sb-llm-'));
    expect((await runCli(['init', workspace])).code).toBe(0);
    cpSync(exampleKb, join(workspace, 'kb'), { recursive: true });
    expect((await runCli(['-w', workspace, 'ingest'])).code).toBe(0);
    const created = await runCli(['-w', workspace, 'keys', 'create', '--name', 'test', '--scope', 'admin', '--json']);
    authorization = { authorization: `Bearer ${(JSON.parse(created.stdout) as { key: string }).key}` };
    standIn = await startOpenAiStandIn();
  });
  afterAll(async () => {
    await standIn.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('never shows the customer a claim the knowledge does not support, and the trace names it', async () => {
    standIn.respondWith(() => ({
      kind: 'text',
      text: 'You can request a refund from Settings > Billing [c1]. You will also receive a $500 goodwill credit [c1].',
    }));
    const server = await serve(workspace, { SWITCHBOARD_LLM_BASE_URL: standIn.baseUrl, SWITCHBOARD_LLM_MODEL: 'stand-in-model' });
    try {
      const { status, body } = await ask(server.url, 'how do I get a refund?');
      expect(status).toBe(200);
      expect(standIn.requests.length).toBeGreaterThan(0);
      expect(String(body['text'] ?? '')).not.toContain('$500');
      const trace = (await (await fetch(`${server.url}/v1/traces/${String(body['traceId'])}`, { headers: authorization })).json()) as {
        stages: { name: string; detail: Record<string, unknown> }[];
      };
      const generate = trace.stages.find((stage) => stage.name === 'generate');
      expect(generate).toBeDefined();
      expect(JSON.stringify(generate!.detail)).toContain('$500');
      expect(JSON.stringify(generate!.detail)).toMatch(/"fallback":"(extractive|handoff)"/);
    } finally {
      server.process.kill();
    }
  });

  it('still answers 200 within the deadline when the model never answers', async () => {
    standIn.respondWith(() => ({ kind: 'hang' }));
    const server = await serve(workspace, { SWITCHBOARD_LLM_BASE_URL: standIn.baseUrl, SWITCHBOARD_LLM_MODEL: 'stand-in-model' });
    try {
      const { status, body } = await ask(server.url, 'how do I get a refund?');
      expect(status).toBe(200);
      const answered = typeof body['text'] === 'string' && (body['citations'] as unknown[]).length > 0;
      expect(answered || body['handoff'] !== null).toBe(true);
    } finally {
      server.process.kill();
    }
  });
});
