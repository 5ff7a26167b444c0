import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../../packages/evaluation/src/intent/__fixtures__/${name}`, import.meta.url));
const run = (...args: string[]) => runCli(args);
const runWithCache = (cache: string, ...args: string[]) => runCli(args, { env: { SWITCHBOARD_CACHE_DIR: cache } });
const scratch = mkdtempSync(join(tmpdir(), 'switchboard-intents-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('switchboard eval intents', () => {
  it('prints exactly the contract metrics as JSON, with oos_* when the test set has oos rows', { timeout: 120_000 }, async () => {
    const result = await run('eval', 'intents', '--train', fixture('intents-train.jsonl'), '--test', fixture('intents-test.csv'), '--json');
    expect(result.code, result.stderr).toBe(0);
    const metrics = JSON.parse(result.stdout) as Record<string, number | string>;
    expect(Object.keys(metrics)).toEqual([
      'accuracy',
      'in_scope_accuracy',
      'oos_recall',
      'oos_precision',
      'macro_f1',
      'ece',
      'train_seconds',
      'part',
      'test_rows',
    ]);
    expect(metrics).toMatchObject({ part: 'all', test_rows: 6 });
    expect(metrics['in_scope_accuracy']).toBeGreaterThanOrEqual(0.75);
    for (const value of Object.values(metrics)) if (typeof value === 'number') expect(value).toBeGreaterThanOrEqual(0);
  });

  it(
    'scores only the --part asked for, says which in the JSON and the table, and refuses an unknown part',
    { timeout: 120_000 },
    async () => {
      const evalPart = (part: string, ...extra: string[]) =>
        run('eval', 'intents', '--train', fixture('intents-train.jsonl'), '--test', fixture('intents-test.csv'), '--part', part, ...extra);
      const scored = async (part: string) => {
        const result = await evalPart(part, '--json');
        expect(result.code, result.stderr).toBe(0);
        return JSON.parse(result.stdout) as { part: string; test_rows: number };
      };
      const tune = await scored('tune');
      const check = await scored('check');
      expect([tune.part, check.part]).toEqual(['tune', 'check']);
      expect(tune.test_rows).toBeGreaterThan(0);
      expect(check.test_rows).toBeGreaterThan(0);
      expect(tune.test_rows + check.test_rows).toBe(6);
      const table = await evalPart('check');
      expect(table.stdout).toContain('check part (nothing was tuned on it)');
      expect(table.stdout).toMatch(/part\s+check/);
      const wrong = await evalPart('dev');
      expect(wrong.code).toBe(64);
      expect(wrong.stderr).toContain("--part: expected tune, check or all, got 'dev'");
    },
  );

  it('drops the training file oos rows with --without-oos but keeps the test file ones', { timeout: 120_000 }, async () => {
    const recall = async (...extra: string[]) => {
      const args = ['eval', 'intents', '--train', fixture('intents-train.jsonl'), '--test', fixture('intents-test.csv'), '--json'];
      const result = await run(...args, ...extra);
      expect(result.code, result.stderr).toBe(0);
      return (JSON.parse(result.stdout) as { oos_recall: number }).oos_recall;
    };
    expect(await recall()).toBe(1);
    // With no oos rows and no threshold, only texts with no known word are out of scope: none here.
    expect(await recall('--without-oos', '--oos-share', '0')).toBe(0);
    const args = ['eval', 'intents', '--train', fixture('intents-train.jsonl'), '--test', fixture('intents-test.csv')];
    const wrong = await run(...args, '--oos-share', '1.5');
    expect(wrong.code).toBe(64);
    expect(wrong.stderr).toContain("--oos-share: expected a number from 0 up to 1, got '1.5'");
  });

  it(
    'with --cross-intent, scores intents held out of the training file as oos, and needs --test otherwise',
    { timeout: 120_000 },
    async () => {
      const result = await run('eval', 'intents', '--train', fixture('intents-train.jsonl'), '--cross-intent', '0.34', '--json');
      expect(result.code, result.stderr).toBe(0);
      // Three runs, each holding one of the three intents out: its 16 rows are oos stand-ins, beside 2 × 5 in-scope rows.
      expect(JSON.parse(result.stdout)).toMatchObject({ part: 'all', test_rows: 3 * (16 + 10) });
      expect(JSON.parse(result.stdout)).toHaveProperty('oos_recall');
      const missing = await run('eval', 'intents', '--train', fixture('intents-train.jsonl'));
      expect(missing.code).toBe(64);
      expect(missing.stderr).toContain('pass --test <file>, or --cross-intent <fraction>');
    },
  );

  it('names the file and line of a bad row', async () => {
    const result = await run('eval', 'intents', '--train', fixture('intents-bad-row.jsonl'), '--test', fixture('intents-test.csv'));
    expect(result.code).toBe(65);
    expect(result.stderr).toContain('intents-bad-row.jsonl');
    expect(result.stderr).toContain('(line 3)');
  });
});

describe('switchboard train intents', () => {
  // The first run may build the word-vector cache (several seconds), hence the long timeout.
  it('writes a versioned model file with the default sentence encoder recorded where --out says', { timeout: 120_000 }, async () => {
    const out = join(scratch, 'models', 'intents.json');
    const result = await run('train', 'intents', fixture('intents-train.jsonl'), '--out', out, '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      model: out,
      examples: 60,
      labels: 4,
      oos_class: true,
      embedder: 'local:use-lite',
    });
    const model = JSON.parse(readFileSync(out, 'utf8')) as { formatVersion: number; labels: string[]; embedder: { id: string } };
    expect(model.formatVersion).toBe(2);
    expect(model.labels).toEqual(['delivery', 'oos', 'password', 'refund']);
    expect(model.embedder).toEqual({ id: 'local:use-lite', dimensions: 512, weight: 1.5 });
  });

  it('trains with the embedder --embedder names, and refuses one it does not know', { timeout: 120_000 }, async () => {
    const out = join(scratch, 'models', 'glove.json');
    const result = await run(
      'train',
      'intents',
      fixture('intents-train.jsonl'),
      '--out',
      out,
      '--embedder',
      'local:glove-100d-sif',
      '--json',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).embedder).toEqual({ id: 'local:glove-100d-sif', dimensions: 100, weight: 1.5 });
    const tfidfOnly = await run('train', 'intents', fixture('intents-train.jsonl'), '--out', out, '--embedder', 'none', '--json');
    expect(JSON.parse(tfidfOnly.stdout)).toHaveProperty('embedder', null);
    const unknown = await run('train', 'intents', fixture('intents-train.jsonl'), '--out', out, '--embedder', 'cohere:embed');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("unknown embedder 'cohere:embed'");
  });

  it('defaults to <workspace>/data/models/intents.json', async () => {
    const result = await run('--workspace', scratch, 'train', 'intents', fixture('intents-train.jsonl'), '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(scratch, 'data', 'models', 'intents.json'), 'utf8'))).toHaveProperty('formatVersion', 2);
  });

  it('keeps the vectors it made, so a retrain embeds only new texts and learns the same model', { timeout: 120_000 }, async () => {
    const cache = join(scratch, 'cache');
    const first = join(scratch, 'models', 'cold.json');
    const second = join(scratch, 'models', 'warm.json');
    const cold = await runWithCache(cache, 'train', 'intents', fixture('intents-train.jsonl'), '--out', first, '--json');
    expect(cold.code, cold.stderr).toBe(0);
    expect(JSON.parse(cold.stdout)).toHaveProperty('embedded_texts', 60);
    const warm = await runWithCache(cache, 'train', 'intents', fixture('intents-train.jsonl'), '--out', second, '--json');
    expect(JSON.parse(warm.stdout)).toHaveProperty('embedded_texts', 0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    const fresh = await runWithCache(
      cache,
      'train',
      'intents',
      fixture('intents-train.jsonl'),
      '--out',
      second,
      '--no-embedding-cache',
      '--json',
    );
    expect(JSON.parse(fresh.stdout)).toHaveProperty('embedded_texts', 60);
  });
});
