#!/usr/bin/env node
// Answer cache: a repeated-question load through the message pipeline `switchboard serve` builds for the acme example
// (safety, intent, route, rewrite, cache, retrieve, compose, persona, guard; no LLM is configured, so answers are
// extractive), once with the answer cache and once without. Every question of examples/acme-help-center/evals/answers.yaml
// (earlier turns as the conversation) is asked BENCH_CACHE_ROUNDS times (default 5) in one seeded shuffled order, by
// both pipelines in turn. Prints the hit rate, the median and p95 latency per answer with and without the cache, the
// median of the hits alone and of the knowledge path (rewrite→generate, what a hit skips), the ratios, and checks
// that both pipelines gave the same answers.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@switchboard/config';
import { createAnswerCache } from '@switchboard/core/generation';
import { seededRandom } from '@switchboard/core/intent';
import { createAnswerPipeline } from '@switchboard/core/pipeline';
import {
  applyWorkspaceLearning,
  buildRetriever,
  loadWorkspaceSafety,
  readAnswerCases,
  readWorkspaceIntentModel,
} from '@switchboard/evaluation';
import { syncSource } from '@switchboard/ingest';
import { shippedAnswerModels } from '@switchboard/models';
import { createSqliteStores } from '@switchboard/store-sqlite';

const example = fileURLToPath(new URL('../../examples/acme-help-center/', import.meta.url));
const rounds = Number(process.env.BENCH_CACHE_ROUNDS ?? 5);

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (value) => value.toFixed(2);

// A copy of the example, so its own store is left alone.
const dir = mkdtempSync(join(tmpdir(), 'sb-bench-cache-'));
cpSync(join(example, 'kb'), join(dir, 'kb'), { recursive: true });
cpSync(join(example, 'switchboard.yaml'), join(dir, 'switchboard.yaml'));
const config = loadConfig(dir);
const stores = createSqliteStores(join(dir, 'data', 'switchboard.db'));
try {
  for (const source of config.sources)
    await syncSource({
      source,
      store: stores.knowledge,
      baseDir: dir,
      chunking: config.chunking,
      env: {},
      prune: true,
      strict: false,
      now: () => new Date(),
    });
  const knowledgeVersion = await stores.knowledge.knowledgeVersion();
  const retriever = await buildRetriever(config, await stores.knowledge.listChunks(), {
    now: Date.now(),
    embeddings: stores.embeddings,
    baseDir: dir,
    quiet: true,
  });
  await applyWorkspaceLearning(retriever, dir, await stores.knowledge.listDocuments());
  retriever.knowledgeVersion = knowledgeVersion;

  const { answer, handoff, retrieval, guardrails, personas, language } = config;
  let counter = 0;
  const parts = {
    retriever,
    clock: () => Date.now(),
    timer: () => performance.now(),
    newId: (prefix) => `${prefix}_${++counter}`,
    topK: retrieval.topK,
    composer: { ...answer, handoffQueue: handoff.queue, handoffHours: handoff.hours, models: shippedAnswerModels },
    ...loadWorkspaceSafety(config.safety, dir, (message) => console.error(message)),
    ...readWorkspaceIntentModel(dir),
    guardrails,
    personas: personas.rules,
    knowledgeLanguages: language.knowledge,
  };

  const cases = readAnswerCases(join(example, 'evals', 'answers.yaml')).cases;
  const messages = cases.map((testCase) => ({
    question: testCase.turns.at(-1),
    history: testCase.turns.slice(0, -1).map((text) => ({ speaker: 'customer', text })),
  }));
  const random = seededRandom(17);
  const load = Array.from({ length: rounds }, () => messages).flat();
  for (let i = load.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [load[i], load[j]] = [load[j], load[i]];
  }

  // Both pipelines answer each message in turn (which goes first alternates), so load on the shared machine falls on
  // both alike; each has its own warm-up on other words.
  const knowledgePath = new Set(['rewrite', 'cache', 'retrieve', 'compose', 'generate']);
  const runs = [false, true].map((withCache) => ({
    pipeline: createAnswerPipeline({ ...parts, answerCache: withCache ? createAnswerCache({ maxEntries: 500 }) : null }),
    latencies: [],
    knowledgeLatencies: [],
    hitLatencies: [],
    texts: [],
    hits: 0,
  }));
  for (const run of runs) for (const text of ['hello', 'what plans are there?', 'how do I export my data?']) await run.pipeline.run(text);
  globalThis.gc?.();
  for (const [i, message] of load.entries()) {
    for (const run of i % 2 === 0 ? runs : [...runs].reverse()) {
      const started = performance.now();
      const { answer: reply, trace } = await run.pipeline.run(message.question, { history: message.history });
      const elapsed = performance.now() - started;
      run.latencies.push(elapsed);
      run.knowledgeLatencies.push(trace.stages.reduce((sum, stage) => sum + (knowledgePath.has(stage.name) ? stage.milliseconds : 0), 0));
      run.texts.push(reply.text);
      if (trace.stages.find((stage) => stage.name === 'cache')?.detail.hit === true) {
        run.hits += 1;
        run.hitLatencies.push(elapsed);
      }
    }
  }

  const [without, withCache] = runs;
  const same = without.texts.every((text, i) => text === withCache.texts[i]);
  const median = (values) => (values.length ? ms(percentile(values, 50)) : '–');
  console.log(
    `acme help center: ${messages.length} questions x ${rounds} rounds = ${load.length} answers (extractive), knowledge version ${knowledgeVersion}`,
  );
  console.log('run | hit rate | median ms per answer | p95 ms | median ms of hits | median ms of rewrite→generate');
  for (const [name, run] of [
    ['without cache', without],
    ['with cache', withCache],
  ])
    console.log(
      `${name} | ${(run.hits / load.length).toFixed(3)} | ${median(run.latencies)} | ${ms(percentile(run.latencies, 95))} | ` +
        `${median(run.hitLatencies)} | ${median(run.knowledgeLatencies)}`,
    );
  const ratio = (a, b) => (percentile(a, 50) / percentile(b, 50)).toFixed(2);
  console.log(
    `ratio of medians (without ÷ with): per answer ${ratio(without.latencies, withCache.latencies)}x, ` +
      `per answer served from the cache ${ratio(without.latencies, withCache.hitLatencies)}x, ` +
      `rewrite→generate ${ratio(without.knowledgeLatencies, withCache.knowledgeLatencies)}x`,
  );
  console.log(`same answers with and without the cache: ${same ? 'yes' : 'NO'}`);
  if (!same) process.exitCode = 1;
} finally {
  stores.close();
  rmSync(dir, { recursive: true, force: true });
}
