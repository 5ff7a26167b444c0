// The corpora of the retrieval benchmark, built the same way (deterministically) in the parent, which needs the
// judgments, and in each system's worker process, which needs the documents and queries: regenerating them is
// cheaper than sending 100k documents between processes, and `fingerprint` lets the parent check they agree.
// This folder is not scanned by scripts/bench.mjs, so nothing here runs as a benchmark of its own.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '@switchboard/core/intent';
import { readBeirCorpus, readBeirQrels, readBeirQueries } from '@switchboard/ingest';

const dataDir = fileURLToPath(new URL('../../../../shared/data/retrieval/', import.meta.url));

/** The corpora one run measures: the shared retrieval sets present on disk, then the synthetic corpus. */
export function corpusSpecs(environment = process.env) {
  const sets = (environment.BENCH_SETS ?? 'stackfaq,emanual-smarttv,dstc11-track5')
    .split(',')
    .filter(Boolean)
    .filter((name) => existsSync(`${dataDir}${name}`))
    .map((name) => ({ kind: 'set', name }));
  const synthetic = {
    kind: 'synthetic',
    chunks: Number(environment.BENCH_CHUNKS ?? 100_000),
    queries: Number(environment.BENCH_QUERIES ?? 100),
  };
  return [...sets, synthetic];
}

/** Documents, queries and (for the shared sets) the dev judgments of one query each, in query order. */
export function loadCorpus(spec) {
  if (spec.kind === 'set') {
    const dir = `${dataDir}${spec.name}`;
    const docs = readBeirCorpus(dir).map((d) => ({ id: d.id, title: d.title || d.id, text: d.text }));
    const queries = readBeirQueries(dir);
    const judged = [...readBeirQrels(dir, 'dev')].filter(([id]) => queries.has(id));
    return {
      label: `${spec.name} (dev, ${judged.length} queries, ${docs.length} documents; raw queries, no learning)`,
      docs,
      queries: judged.map(([id]) => queries.get(id)),
      qrels: judged.map(([, judgments]) => judgments),
    };
  }
  const { docs, queries } = synthetic(spec.chunks, spec.queries);
  return { label: `synthetic (${spec.chunks.toLocaleString('en')} chunks, ${queries.length} queries)`, docs, queries, qrels: null };
}

/** Synthetic corpus: documents of 40-90 words drawn by Zipf's law from a fixed pool of words (seed 42). */
function synthetic(size, queryCount) {
  const random = seededRandom(42);
  const vocabulary = [
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
  ];
  const commonWords =
    'the of to and in for is on that with as it be are this by from at or an was have not you can your will more one all about which their has there what time new other when we use up how out if so any after get may our these support customer data user help also settings project'.split(
      ' ',
    );
  const pool = [...commonWords, ...vocabulary];
  for (let i = 0; i < 20000; i += 1) pool.push(`term${i}`);
  const zipf = () => pool[Math.min(pool.length - 1, Math.floor(Math.exp(random() * Math.log(pool.length)) - 1))];
  const words = (n) => Array.from({ length: n }, zipf).join(' ');
  const docs = Array.from({ length: size }, (_, i) => ({ id: `s${i}`, title: words(6), text: words(40 + Math.floor(random() * 50)) }));
  const queries = Array.from({ length: queryCount }, (_, i) => ({
    id: `q${i}`,
    text: docs[Math.floor(random() * docs.length)].text.split(' ').slice(0, 6).join(' '),
  }));
  return { docs, queries };
}

/** A hash of the documents and queries, so the parent can check that every worker measured the same corpus. */
export function fingerprint(docs, queries) {
  const hash = createHash('sha256');
  for (const d of docs) hash.update(`${d.id}\u0000${d.title}\u0000${d.text}\u0001`);
  for (const q of queries) hash.update(`${q.id}\u0000${q.text}\u0001`);
  return hash.digest('hex').slice(0, 16);
}

/** A hash of a list of vectors (their bytes), so the parent can check that Orama got the vectors Switchboard built from. */
export function vectorFingerprint(vectors) {
  const hash = createHash('sha256');
  for (const vector of vectors) hash.update(new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength));
  return hash.digest('hex').slice(0, 16);
}

/** A benchmark document as a chunk of its own (one section per document). */
export function chunkOf(id, title, text) {
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
