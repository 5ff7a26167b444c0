#!/usr/bin/env node
// Retrieval benchmark: Switchboard's hybrid retriever side by side with Orama (hybrid, same vectors) and
// MiniSearch (BM25) on every shared retrieval set (dev split, raw queries, no learning) and on a
// deterministic synthetic corpus of 100k chunks. Prints index build time, memory, latency p50/p95 per stage,
// nDCG@10, and ratios. Run through `npm run bench` (which builds first).
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import MiniSearch from 'minisearch';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  DenseIndex,
  HybridRetriever,
  KnowledgeIndex,
  analyze,
  averageMetrics,
  embeddingText,
  scoreRanking,
  seededRandom,
} from '../../packages/core/dist/index.js';
import { readBeirCorpus, readBeirQrels, readBeirQueries } from '../../packages/ingest/dist/index.js';
import { createSifEmbedder, loadWordVectors } from '../../packages/providers/dist/index.js';
import { cacheDir } from '../../apps/cli/dist/embedders.js';

const dataDir = fileURLToPath(new URL('../../../shared/data/retrieval/', import.meta.url));
const syntheticSize = Number(process.env.BENCH_CHUNKS ?? 100_000);
const embedder = createSifEmbedder(loadWordVectors(cacheDir(), { onProgress: (m) => console.error(m) }));
const fieldWeights = { title: 2.5, headings: 1.5, body: 1, tags: 1, askedAs: 1.5 };

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values) => percentile(values, 50);
const ms = (value) => value.toFixed(2);
const heapMb = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};

function chunkOf(id, title, text) {
  const document = {
    id,
    sourceName: 'bench',
    sourceType: 'beir',
    path: id,
    url: null,
    title,
    updatedAt: null,
    tags: [],
    audience: null,
    docType: null,
    contentHash: '',
    ingestedAt: '',
  };
  return {
    id,
    documentId: id,
    parentId: null,
    kind: 'section',
    ordinal: 0,
    breadcrumb: title,
    sectionPath: [title],
    text,
    tokenCount: 0,
    page: null,
    document,
  };
}

async function buildSystems(docs) {
  const chunks = docs.map((d) => chunkOf(d.id, d.title, d.text));
  const vectors = await embedder.embed(chunks.map(embeddingText));
  const timings = {};

  let start = performance.now();
  let before = heapMb();
  const lexical = new KnowledgeIndex({ k1: 1.2, b: 0.6, fieldWeights });
  lexical.addChunks(chunks);
  const dense = new DenseIndex(embedder);
  dense.build(chunks.map((chunk, i) => ({ id: chunk.id, vector: vectors[i] })));
  const ours = new HybridRetriever(lexical, dense, {
    mode: 'hybrid',
    fusion: 'weighted',
    denseWeight: 0.2,
    exactMatchDenseFactor: 0.3,
    candidates: 50,
  });
  timings.ours = { buildMs: performance.now() - start, memoryMb: heapMb() - before };

  // Orama gets the same projected vectors Switchboard searches with.
  const projected = vectors.map((vector) => Array.from(dense.project(vector)));
  start = performance.now();
  before = heapMb();
  const orama = create({ schema: { title: 'string', text: 'string', embedding: `vector[${embedder.dimensions}]` } });
  await insertMultiple(
    orama,
    docs.map((d, i) => ({ id: d.id, title: d.title, text: d.text, embedding: projected[i] })),
    1000,
  );
  timings.orama = { buildMs: performance.now() - start, memoryMb: heapMb() - before };

  start = performance.now();
  before = heapMb();
  const mini = new MiniSearch({ fields: ['title', 'text'], storeFields: [], searchOptions: { boost: { title: 2 } } });
  mini.addAll(docs);
  timings.minisearch = { buildMs: performance.now() - start, memoryMb: heapMb() - before };
  return { ours, orama, mini, timings };
}

async function runQueries(systems, queries) {
  const out = { ours: [], orama: [], minisearch: [], stages: { embed: [], lexical: [], dense: [] } };
  const warmUp = queries.slice(0, 10);
  // Each system runs its own loop after a warm-up (JIT tier-up, lazy postings) and a collection, so one's garbage never lands on another's clock.
  const timeLoop = async (label, run) => {
    for (const query of warmUp) await run(query);
    globalThis.gc?.();
    for (const query of queries) {
      const start = performance.now();
      const ids = await run(query);
      out[label].push({ ms: performance.now() - start, ids });
    }
  };
  await timeLoop('ours', async (query) =>
    (await systems.ours.retrieve({ query: query.text, limit: 10, unit: 'document' })).map((h) => h.chunk.documentId),
  );
  for (const query of queries) {
    // Stage split of the same queries, timed separately so the end-to-end figures above are unaffected.
    let t = performance.now();
    const vector = await systems.ours.dense.embedQuery(query.text);
    out.stages.embed.push(performance.now() - t);
    t = performance.now();
    systems.ours.lexical.searchTerms(analyze(query.text), 50, 'document');
    out.stages.lexical.push(performance.now() - t);
    t = performance.now();
    systems.ours.dense.search(vector, 150);
    out.stages.dense.push(performance.now() - t);
  }
  await timeLoop('orama', async (query) => {
    const vector = Array.from(await systems.ours.dense.embedQuery(query.text));
    const result = await oramaSearch(systems.orama, {
      mode: 'hybrid',
      term: query.text,
      vector: { value: vector, property: 'embedding' },
      similarity: 0,
      limit: 10,
      properties: ['title', 'text'],
    });
    return result.hits.map((h) => h.id);
  });
  await timeLoop('minisearch', async (query) =>
    systems.mini
      .search(query.text)
      .slice(0, 10)
      .map((h) => h.id),
  );
  return out;
}

function report(name, systems, results, qrels) {
  const row = (label, runs, timing) => {
    const latencies = runs.map((r) => r.ms);
    const ndcg = qrels ? averageMetrics(runs.map((r, i) => scoreRanking(r.ids, qrels[i])))['ndcg@10'] : null;
    return { label, buildMs: timing.buildMs, memoryMb: timing.memoryMb, p50: median(latencies), p95: percentile(latencies, 95), ndcg };
  };
  const rows = [
    row('switchboard hybrid', results.ours, systems.timings.ours),
    row('orama hybrid', results.orama, systems.timings.orama),
    row('minisearch bm25', results.minisearch, systems.timings.minisearch),
  ];
  console.log(`\n${name}`);
  console.log('system               build ms   memory MB   p50 ms   p95 ms   nDCG@10');
  for (const r of rows)
    console.log(
      `${r.label.padEnd(20)} ${ms(r.buildMs).padStart(9)} ${r.memoryMb.toFixed(1).padStart(11)} ${ms(r.p50).padStart(8)} ${ms(r.p95).padStart(8)}   ${r.ndcg === null ? '—' : r.ndcg.toFixed(4)}`,
    );
  const [ours, orama, mini] = rows;
  console.log(
    `ratios: p95 orama/switchboard ${(orama.p95 / ours.p95).toFixed(2)}×, minisearch/switchboard ${(mini.p95 / ours.p95).toFixed(2)}×` +
      (ours.ndcg === null
        ? ''
        : `; nDCG@10 switchboard−orama ${(ours.ndcg - orama.ndcg).toFixed(4)}, switchboard−minisearch ${(ours.ndcg - mini.ndcg).toFixed(4)}`),
  );
  const s = results.stages;
  console.log(
    `switchboard stages p50/p95 ms: embed ${ms(median(s.embed))}/${ms(percentile(s.embed, 95))}, lexical ${ms(median(s.lexical))}/${ms(percentile(s.lexical, 95))}, dense ${ms(median(s.dense))}/${ms(percentile(s.dense, 95))}`,
  );
}

for (const set of (process.env.BENCH_SETS ?? 'stackfaq,emanual-smarttv,dstc11-track5').split(',').filter(Boolean)) {
  const dir = `${dataDir}${set}`;
  if (!existsSync(dir)) continue;
  const docs = readBeirCorpus(dir).map((d) => ({ id: d.id, title: d.title || d.id, text: d.text }));
  const queries = readBeirQueries(dir);
  const judged = [...readBeirQrels(dir, 'dev')].filter(([id]) => queries.has(id));
  const systems = await buildSystems(docs);
  const results = await runQueries(
    systems,
    judged.map(([id]) => queries.get(id)),
  );
  report(
    `${set} (dev, ${judged.length} queries, ${docs.length} documents; raw queries, no learning)`,
    systems,
    results,
    judged.map(([, j]) => j),
  );
}

// Synthetic corpus: documents of 40-90 words drawn by Zipf's law from the embedding vocabulary.
const random = seededRandom(42);
const vocabulary = [];
const vectorsForWords = loadWordVectors(cacheDir());
for (const word of [
  'account',
  'billing',
  'invoice',
  'password',
  'reset',
  'export',
  'refund',
  'plan',
  'team',
  'error',
  'login',
  'sso',
  'api',
  'limit',
  'webhook',
  'integration',
  'slack',
  'report',
  'dashboard',
  'permission',
])
  vocabulary.push(word);
void vectorsForWords;
const commonWords =
  'the of to and in for is on that with as it be are this by from at or an was have not you can your will more one all about which their has there what time new other when we use up how out if so any after get may our these support customer data user help also settings project'.split(
    ' ',
  );
const pool = [...commonWords, ...vocabulary];
for (let i = 0; i < 20000; i += 1) pool.push(`term${i}`);
const zipf = () => pool[Math.min(pool.length - 1, Math.floor(Math.exp(random() * Math.log(pool.length)) - 1))];
const words = (n) => Array.from({ length: n }, zipf).join(' ');
const docs = Array.from({ length: syntheticSize }, (_, i) => ({
  id: `s${i}`,
  title: words(6),
  text: words(40 + Math.floor(random() * 50)),
}));
const queries = Array.from({ length: Number(process.env.BENCH_QUERIES ?? 100) }, (_, i) => ({
  id: `q${i}`,
  text: docs[Math.floor(random() * docs.length)].text.split(' ').slice(0, 6).join(' '),
}));
const systems = await buildSystems(docs);
const results = await runQueries(systems, queries);
report(`synthetic (${syntheticSize.toLocaleString('en')} chunks, ${queries.length} queries)`, systems, results, null);
