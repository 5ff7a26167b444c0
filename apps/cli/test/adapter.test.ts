/**
 * Issue 20 item 7, hot-fix adapters, end to end against the local OpenAI-compatible stand-in, which answers per model
 * name as a vLLM server with --enable-lora does: `adapter add` runs the stability anchors and registers, a question of
 * the adapter's intent (and cohort) is answered by the adapter's model and another by the base model, an anchor
 * regression refuses the add, a release carries the adapters it was made with, and an expired adapter is not routed.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startOpenAiStandIn, type OpenAiStandIn, type StandInRequest } from '@switchboard/testkit';
import { serveWorkspace } from './browser/serve-workspace.js';

const exampleKb = fileURLToPath(new URL('../../../examples/acme-help-center/kb', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/adapters/${name}`, import.meta.url));
const refundQuestion = 'How long do I have to ask for a refund on an annual plan?';
const passwordQuestion = 'How do I reset my password?';

/** The sentences of each labelled source in a grounded prompt, cleaned of Markdown, so a reply can quote them. */
function sources(prompt: string): { label: string; sentences: string[] }[] {
  const at = prompt.indexOf('Sources:\n');
  if (at < 0) return [];
  return prompt
    .slice(at + 'Sources:\n'.length)
    .split(/\n\n(?=\[c\d+\] )/)
    .flatMap((block) => {
      const found = /^\[(c\d+)\] [^\n]*\n([\s\S]*)$/.exec(block);
      if (!found) return [];
      const sentences = found[2]!
        .split(/\n+|(?<=[.!])\s+/)
        .map((line) =>
          line
            .replace(/\*\*/g, '')
            .replace(/^\s*(?:[-*]|\d+\.|#+)\s+/, '')
            .trim(),
        )
        .filter((line) => /^[A-Z][^[\]|]{20,}[.!]$/.test(line));
      return [{ label: found[1]!, sentences }];
    });
}

/** A verbatim sentence of the sources that `pick` accepts, cited; the first sentence when none is. */
function quote(prompt: string, pick: (sentence: string) => boolean): string {
  const all = sources(prompt).flatMap(({ label, sentences }) => sentences.map((sentence) => ({ label, sentence })));
  const chosen = all.find(({ sentence }) => pick(sentence)) ?? all[0];
  return chosen ? `${chosen.sentence} [${chosen.label}]` : '';
}

/**
 * Per model name, as vLLM with --enable-lora answers (404 for a model it does not serve): the base model and the good adapter quote a sentence with the refund window's '30' (the adapter
 * adds a second sentence, so their replies differ); the bad adapter quotes a grounded sentence without it, which the
 * anchor case `refund-window-annual` (says '30') fails. Prompts without sources (the query rewriter) get nothing.
 */
function replyByModel(request: StandInRequest) {
  const prompt = request.prompt;
  if (request.body['model'] === 'missing-lora')
    return { kind: 'status' as const, status: 404, body: '{"error":{"message":"The model `missing-lora` does not exist."}}' };
  if (!prompt.includes('Sources:\n')) return { kind: 'text' as const, text: '' };
  switch (request.body['model']) {
    case 'refund-lora':
      return {
        kind: 'text' as const,
        text: `${quote(prompt, (s) => /\b30\b/.test(s))} ${quote(prompt, (s) => !/\b30\b/.test(s) && !/\d/.test(s))}`,
      };
    case 'refund-lora-bad':
      return { kind: 'text' as const, text: quote(prompt, (s) => !/\d/.test(s)) };
    default:
      return { kind: 'text' as const, text: quote(prompt, (s) => /\b30\b/.test(s)) };
  }
}

interface GenerateDetail {
  model: string | null;
  adapter?: string;
  route: { tier: string; adapter?: string; expiredAdapters?: string[] };
}

describe('switchboard adapter (issue 20 item 7: hot-fix adapters)', () => {
  let workspace: string;
  let standIn: OpenAiStandIn;
  let env: Record<string, string>;
  const run = (...args: string[]) => runCli(['-w', workspace, ...args], { env });
  const modelsAskedSince = (from: number): string[] => standIn.requests.slice(from).map((request) => String(request.body['model']));

  /** `ask` as a customer with these facts (they pick the persona): the generate stage of its trace. */
  async function ask(question: string, ...facts: string[]): Promise<{ text: string; generate: GenerateDetail }> {
    const result = await run('ask', question, '--json', '--trace', ...facts.flatMap((fact) => ['--customer', fact]));
    expect(result.code, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout) as { text: string; trace: { stages: { name: string; detail: GenerateDetail }[] } };
    const generate = answer.trace.stages.find((stage) => stage.name === 'generate');
    return { text: answer.text, generate: generate!.detail };
  }

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sb-adapter-'));
    env = {};
    expect((await run('init', workspace)).code).toBe(0);
    cpSync(exampleKb, join(workspace, 'kb'), { recursive: true });
    mkdirSync(join(workspace, 'evals'), { recursive: true });
    copyFileSync(fixture('anchors.yaml'), join(workspace, 'evals', 'anchors.yaml'));
    expect((await run('ingest')).code).toBe(0);
    const trained = await run('train', 'intents', fixture('intents.jsonl'), '--embedder', 'none', '--json');
    expect(trained.code, trained.stderr).toBe(0);
    standIn = await startOpenAiStandIn({ responder: replyByModel });
    env = { SWITCHBOARD_LLM_BASE_URL: standIn.baseUrl, SWITCHBOARD_LLM_MODEL: 'stand-in-base' };
  }, 240_000);
  afterAll(async () => {
    await standIn?.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('runs the anchors and registers; routes only its intent and cohort to the adapter model', { timeout: 240_000 }, async () => {
    const added = await run(
      'adapter',
      'add',
      'refund-fix',
      '--model',
      'refund-lora',
      '--version',
      '1.0.0',
      '--intents',
      'refund',
      '--cohorts',
      'enterprise',
      '--json',
    );
    expect(added.code, added.stderr).toBe(0);
    const registered = JSON.parse(added.stdout) as { name: string; version: string; anchors: Record<string, unknown> };
    expect(registered).toMatchObject({ name: 'refund-fix', version: '1.0.0', anchors: { regressions: [] } });
    expect(registered.anchors['runId']).toEqual(expect.any(String));
    expect(registered.anchors['baselineRunId']).toEqual(expect.any(String));
    expect(readFileSync(join(workspace, 'adapters.yaml'), 'utf8')).toContain('model: refund-lora');
    // Both anchor runs are stored like any evaluation run.
    const runs = await run('eval', 'runs', '--json');
    expect(runs.stdout).toContain(String(registered.anchors['runId']));
    expect(runs.stdout).toContain(String(registered.anchors['baselineRunId']));

    let from = standIn.requests.length;
    const adapted = await ask(refundQuestion, 'plan=enterprise');
    expect(modelsAskedSince(from)).toContain('refund-lora');
    expect(adapted.generate).toMatchObject({
      model: 'openai-compatible:refund-lora',
      adapter: 'refund-fix@1.0.0',
      route: { tier: 'adapter', adapter: 'refund-fix@1.0.0' },
    });

    from = standIn.requests.length;
    const otherIntent = await ask(passwordQuestion, 'plan=enterprise');
    expect(modelsAskedSince(from)).not.toContain('refund-lora');
    expect(modelsAskedSince(from)).toContain('stand-in-base');
    expect(otherIntent.generate.model).toBe('openai-compatible:stand-in-base');

    from = standIn.requests.length;
    const otherCohort = await ask(refundQuestion, 'plan=team');
    expect(modelsAskedSince(from)).not.toContain('refund-lora');
    expect(otherCohort.generate.route.tier).not.toBe('adapter');
    // The base model and the adapter answer the same question differently.
    expect(otherCohort.text).not.toBe(adapted.text);
  });

  it(
    'refuses an adapter whose anchors regress (naming the case), a model the endpoint does not serve, and a re-add without a higher version',
    { timeout: 240_000 },
    async () => {
      const refused = await run('adapter', 'add', 'refund-bad', '--model', 'refund-lora-bad', '--version', '1.0.0', '--intents', 'refund');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('adapter refund-bad@1.0.0 not registered: 1 anchor case(s) pass without it and fail with it');
      expect(refused.stderr).toContain('  refund-window-annual\n');
      expect(readFileSync(join(workspace, 'adapters.yaml'), 'utf8')).not.toContain('refund-bad');

      const same = await run('adapter', 'add', 'refund-fix', '--model', 'refund-lora', '--version', '1.0.0', '--intents', 'refund');
      expect(same.code).toBe(64);
      expect(same.stderr).toContain('--version 1.0.0: adapter refund-fix is registered at 1.0.0; re-add it with a higher version');
      const missing = await run('adapter', 'add', 'ghost', '--model', 'missing-lora', '--version', '1.0.0', '--intents', 'refund');
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('--model missing-lora: ');
      expect(missing.stderr).toContain('did not answer as openai-compatible:missing-lora');
      const unknown = await run('adapter', 'add', 'x', '--model', 'm', '--version', '1.0.0', '--intents', 'refnud');
      expect(unknown.code).toBe(64);
      expect(unknown.stderr).toContain("--intents: 'refnud' is not an intent of the workspace model; known: password, refund, seats");
    },
  );

  it('replaces an adapter with a higher version, and a release serves the adapters it was made with', { timeout: 300_000 }, async () => {
    const replaced = await run('adapter', 'add', 'refund-fix', '--model', 'refund-lora', '--version', '1.1.0', '--intents', 'refund');
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain('adapter refund-fix@1.1.0 registered (replaces 1.0.0)');
    // Without cohorts it serves every persona of its intent.
    expect((await ask(refundQuestion, 'plan=team')).generate.adapter).toBe('refund-fix@1.1.0');

    const config = join(workspace, 'switchboard.yaml');
    // The release carries the adapters section too: served with maxAgeDays 5, the adapter is days from expiry.
    writeFileSync(
      config,
      readFileSync(config, 'utf8')
        .replace('  criteria: {}\n', '  criteria: { passRate: ">= 0.5" }\n')
        .replace(/^ {2}maxAgeDays: 30\b/m, '  maxAgeDays: 5'),
    );
    const released = await run('release', 'create', 'v1', '--json');
    expect(released.code, released.stderr).toBe(0);
    const shown = JSON.parse((await run('release', 'show', 'v1', '--json')).stdout) as { snapshot: { files: Record<string, string> } };
    expect(shown.snapshot.files['adapters.yaml']).toContain('version: 1.1.0');
    // Back to 30 in the file: the server below still serves v1's 5.
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^ {2}maxAgeDays: 5\b/m, '  maxAgeDays: 30'));

    // Removed from adapters.yaml, it still serves through v1 until a release without it does.
    expect((await run('adapter', 'remove', 'refund-fix')).code).toBe(0);
    expect((await run('adapter', 'list', '--json')).stdout).toContain('"adapters": []');
    const key = (JSON.parse((await run('keys', 'create', '--name', 'widget', '--scope', 'widget', '--json')).stdout) as { key: string })
      .key;
    const server = await serveWorkspace(workspace, env);
    try {
      expect(server.output()).toContain(
        'adapter refund-fix@1.1.0 expires in 5 days (adapters.maxAgeDays = 5): merge it into the base model and remove it',
      );
      const post = async (token: string, path: string, body: unknown) =>
        (await (
          await fetch(`${server.url}${path}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).json()) as Record<string, unknown>;
      const conversation = (await post(key, '/v1/conversations', { deviceId: 'device-1' })) as { id: string; token: string };
      const from = standIn.requests.length;
      const reply = await post(conversation.token, `/v1/conversations/${conversation.id}/messages`, { text: refundQuestion });
      expect(reply).toMatchObject({ release: 'v1' });
      expect(modelsAskedSince(from)).toContain('refund-lora');
    } finally {
      await server.stop();
    }
  });

  it('never routes to an expired adapter; the trace says so and adapter list warns', { timeout: 120_000 }, async () => {
    const added = new Date(Date.now() - 40 * 86_400_000).toISOString();
    writeFileSync(
      join(workspace, 'adapters.yaml'),
      [
        'adapters:',
        '  - name: refund-fix',
        '    model: refund-lora',
        '    version: 1.1.0',
        '    intents: [refund]',
        `    addedAt: "${added}"`,
        '    anchors:',
        '      suites: [evals/anchors.yaml]',
        '      runId: null',
        '      baselineRunId: null',
        '      regressions: []',
        `      checkedAt: "${added}"`,
        '',
      ].join('\n'),
    );
    const listed = await run('adapter', 'list');
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stderr).toContain(
      'adapter refund-fix@1.1.0 expired 10 days ago (adapters.maxAgeDays = 30): merge it into the base model and remove it',
    );
    expect(listed.stdout).toMatch(/refund-fix@1\.1\.0 .* EXPIRED/);

    const from = standIn.requests.length;
    const answer = await ask(refundQuestion, 'plan=enterprise');
    expect(modelsAskedSince(from)).not.toContain('refund-lora');
    expect(answer.generate.route).toMatchObject({ tier: 'large', expiredAdapters: ['refund-fix@1.1.0'] });

    writeFileSync(join(workspace, 'adapters.yaml'), 'adapters:\n  - name: refund-fix\n    version: one\n');
    const broken = await run('adapter', 'list');
    expect(broken.code).toBe(78);
    expect(broken.stderr).toMatch(/adapters\.yaml:3: adapters\.0\.version: must be a semantic version/);
  });
});
