#!/usr/bin/env node
// Retrieval benchmark: Switchboard's hybrid retriever side by side with Orama (hybrid, same vectors) and
// MiniSearch (BM25) on every shared retrieval set (dev split, raw queries, no learning) and on a
// deterministic synthetic corpus of 100k chunks. Prints index build time, memory, latency p50/p95 per stage,
// nDCG@10, and ratios. Run through `npm run bench` (which builds first).
//
// Each system is built and queried in a process of its own (retrieval/system.mjs), one after another, on the
// same corpus, queries and vectors. In one shared process the three 100k indexes filled one ~2 GB heap, and each
// system's latency then carried the garbage collector's work on the other two's objects (Switchboard's p95 at
// 100k was 25 ms with its peers loaded, ~8 ms alone): separate processes measure each system as it runs in
// production, alone with its own heap.
//
// Environment: BENCH_SETS (comma-separated shared sets; empty for the synthetic corpus only), BENCH_CHUNKS
// (synthetic corpus size, default 100000), BENCH_QUERIES (synthetic queries, default 100), BENCH_SYSTEMS
// (comma-separated subset of switchboard,orama,minisearch; default all three).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { averageMetrics, scoreRanking } from '@switchboard/core/evaluation';
import { corpusSpecs, fingerprint, loadCorpus } from './retrieval/corpus.mjs';

const worker = fileURLToPath(new URL('./retrieval/system.mjs', import.meta.url));
const labels = { switchboard: 'switchboard hybrid', orama: 'orama hybrid', minisearch: 'minisearch bm25' };
const chosen = (process.env.BENCH_SYSTEMS ?? Object.keys(labels).join(',')).split(',').filter((name) => name in labels);

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values) => percentile(values, 50);
const ms = (value) => value.toFixed(2);

/** Runs one system on one corpus in a fresh process and resolves with the figures it sends back. */
function measure(system, spec) {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [system, JSON.stringify(spec)], { execArgv: ['--expose-gc'] });
    let result = null;
    child.on('message', (message) => (result = message));
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      result && code === 0
        ? resolve(result)
        : reject(new Error(`${system} worker on ${JSON.stringify(spec)} exited with ${signal ?? code}`)),
    );
  });
}

function report(corpus, results) {
  const rows = Object.entries(results).map(([system, result]) => {
    const latencies = result.runs.map((r) => r.ms);
    const ndcg = corpus.qrels ? averageMetrics(result.runs.map((r, i) => scoreRanking(r.ids, corpus.qrels[i])))['ndcg@10'] : null;
    return {
      system,
      label: labels[system],
      buildMs: result.buildMs,
      memoryMb: result.memoryMb,
      p50: median(latencies),
      p95: percentile(latencies, 95),
      ndcg,
    };
  });
  console.log(`\n${corpus.label}`);
  console.log('system               build ms   memory MB   p50 ms   p95 ms   nDCG@10');
  for (const r of rows)
    console.log(
      `${r.label.padEnd(20)} ${ms(r.buildMs).padStart(9)} ${r.memoryMb.toFixed(1).padStart(11)} ${ms(r.p50).padStart(8)} ${ms(r.p95).padStart(8)}   ${r.ndcg === null ? '—' : r.ndcg.toFixed(4)}`,
    );
  const ours = rows.find((r) => r.system === 'switchboard');
  const peers = rows.filter((r) => r !== ours);
  if (ours && peers.length > 0) {
    const ratios = peers.map((r) => `${r.system}/switchboard ${(r.p95 / ours.p95).toFixed(2)}×`).join(', ');
    const gaps =
      ours.ndcg === null ? '' : `; nDCG@10 ${peers.map((r) => `switchboard−${r.system} ${(ours.ndcg - r.ndcg).toFixed(4)}`).join(', ')}`;
    console.log(`ratios: p95 ${ratios}${gaps}`);
  }
  const s = results.switchboard?.stages;
  if (s)
    console.log(
      `switchboard stages p50/p95 ms: embed ${ms(median(s.embed))}/${ms(percentile(s.embed, 95))}, lexical ${ms(median(s.lexical))}/${ms(percentile(s.lexical, 95))}, dense (${results.switchboard.denseSearch}) ${ms(median(s.dense))}/${ms(percentile(s.dense, 95))}`,
    );
}

for (const spec of corpusSpecs()) {
  const corpus = loadCorpus(spec);
  const expected = fingerprint(corpus.docs, corpus.queries);
  const results = {};
  // One at a time: on two cores, a concurrent worker would take the other's clock.
  for (const system of chosen) {
    const result = await measure(system, spec);
    if (result.corpus !== expected) throw new Error(`${system} measured a different corpus than ${corpus.label}`);
    results[system] = result;
  }
  if (results.switchboard && results.orama && results.switchboard.vectors !== results.orama.vectors)
    throw new Error(`orama was given different vectors than switchboard searched on ${corpus.label}`);
  report(corpus, results);
}
