// One system of the retrieval benchmark (switchboard | orama | minisearch) on one corpus, in a process of its own:
// builds the index, times the queries, and sends the figures to the parent (scripts/bench/10-retrieval.mjs) over
// IPC. Started with --expose-gc by the parent; run one at a time.
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import MiniSearch from 'minisearch';
import { DenseIndex, HybridRetriever, KnowledgeIndex, embeddingText } from '@switchboard/core/retrieval';
import { analyze } from '@switchboard/core/text';
import { cacheDir, createHnswIndexFactory, createSifEmbedder, loadWordVectors } from '@switchboard/providers';
import { chunkOf, fingerprint, loadCorpus, vectorFingerprint } from './corpus.mjs';

const fieldWeights = { title: 2.5, headings: 1.5, body: 1, tags: 1, askedAs: 1.5 };

const heapMb = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};

const loadEmbedder = () => createSifEmbedder(loadWordVectors(cacheDir(), { onProgress: (m) => console.error(m) }));

/** The corpus's chunks and their raw embeddings: Switchboard indexes these, Orama gets them projected. */
async function embedCorpus(embedder, docs) {
  const chunks = docs.map((d) => chunkOf(d.id, d.title, d.text));
  return { chunks, vectors: await embedder.embed(chunks.map(embeddingText)) };
}

/**
 * Builds with `build` and returns the index with its build time and `servingMb()`, the heap it holds once serving:
 * read after the queries, because some structures (Switchboard's flat postings) are compiled on the first search.
 */
async function measureBuild(build) {
  const before = heapMb();
  const start = performance.now();
  const index = await build();
  const buildMs = performance.now() - start;
  return { index, buildMs, servingMb: () => heapMb() - before };
}

/**
 * A collection (the build's garbage), a warm-up (JIT tier-up, lazy postings), then every query timed end to end.
 * The collection comes before the warm-up: a full collection of a large heap right before the clock starts left
 * the next few queries 3-10× slower (at 100k chunks: 20-45 ms instead of ~5 ms), a state serving never sees.
 */
async function timeQueries(queries, run) {
  globalThis.gc?.();
  for (const query of queries.slice(0, 10)) await run(query);
  const runs = [];
  for (const query of queries) {
    const start = performance.now();
    const ids = await run(query);
    runs.push({ ms: performance.now() - start, ids });
  }
  return runs;
}

const systems = {
  async switchboard(docs, queries) {
    const embedder = loadEmbedder();
    const { chunks, vectors } = await embedCorpus(embedder, docs);
    const {
      index: ours,
      buildMs,
      servingMb,
    } = await measureBuild(() => {
      const lexical = new KnowledgeIndex({ k1: 1.2, b: 0.6, fieldWeights });
      lexical.addChunks(chunks);
      // As the CLI configures it: exact below 50k vectors, HNSW (hnswlib-node) from there on.
      const dense = new DenseIndex(embedder, { approximate: createHnswIndexFactory() });
      dense.build(chunks.map((chunk, i) => ({ id: chunk.id, vector: vectors[i] })));
      return new HybridRetriever(lexical, dense); // the default options: weighted fusion, dense weight 0.2
    });
    const runs = await timeQueries(queries, async (query) =>
      (await ours.retrieve({ query: query.text, limit: 10, unit: 'document' })).map((h) => h.chunk.documentId),
    );
    // Stage split of the same queries, timed separately so the end-to-end figures above are unaffected.
    const stages = { embed: [], lexical: [], dense: [] };
    for (const query of queries) {
      let t = performance.now();
      const vector = await ours.dense.embedQuery(query.text);
      stages.embed.push(performance.now() - t);
      t = performance.now();
      ours.lexical.findChunksByTerms(analyze(query.text), 50, 'document');
      stages.lexical.push(performance.now() - t);
      t = performance.now();
      ours.dense.nearest(vector, 150);
      stages.dense.push(performance.now() - t);
    }
    return {
      buildMs,
      memoryMb: servingMb(),
      runs,
      stages,
      denseSearch: ours.dense.searchKind,
      vectors: vectorFingerprint(vectors.map((vector) => ours.dense.project(vector))),
    };
  },

  async orama(docs, queries) {
    const embedder = loadEmbedder();
    const { chunks, vectors } = await embedCorpus(embedder, docs);
    // Orama gets the same projected vectors Switchboard searches with, and its queries the same projection. This
    // index only projects (it is never searched), so it skips the partitioning a large one would do.
    const dense = new DenseIndex(embedder, { approximateAbove: Infinity });
    dense.build(chunks.map((chunk, i) => ({ id: chunk.id, vector: vectors[i] })));
    const projected = vectors.map((vector) => Array.from(dense.project(vector)));
    const fingerprintOfVectors = vectorFingerprint(projected.map((vector) => Float32Array.from(vector)));
    const {
      index: orama,
      buildMs,
      servingMb,
    } = await measureBuild(async () => {
      const db = create({ schema: { title: 'string', text: 'string', embedding: `vector[${embedder.dimensions}]` } });
      await insertMultiple(
        db,
        docs.map((d, i) => ({ id: d.id, title: d.title, text: d.text, embedding: projected[i] })),
        1000,
      );
      return db;
    });
    const runs = await timeQueries(queries, async (query) => {
      const vector = Array.from(await dense.embedQuery(query.text));
      const result = await oramaSearch(orama, {
        mode: 'hybrid',
        term: query.text,
        vector: { value: vector, property: 'embedding' },
        similarity: 0,
        limit: 10,
        properties: ['title', 'text'],
      });
      return result.hits.map((h) => h.id);
    });
    return { buildMs, memoryMb: servingMb(), runs, vectors: fingerprintOfVectors };
  },

  async minisearch(docs, queries) {
    const {
      index: mini,
      buildMs,
      servingMb,
    } = await measureBuild(() => {
      const index = new MiniSearch({ fields: ['title', 'text'], storeFields: [], searchOptions: { boost: { title: 2 } } });
      index.addAll(docs);
      return index;
    });
    const runs = await timeQueries(queries, async (query) =>
      mini
        .search(query.text)
        .slice(0, 10)
        .map((h) => h.id),
    );
    return { buildMs, memoryMb: servingMb(), runs };
  },
};

const [system, specJson] = process.argv.slice(2);
const { docs, queries } = loadCorpus(JSON.parse(specJson));
const result = await systems[system](docs, queries);
process.send({ ...result, corpus: fingerprint(docs, queries) }, () => process.exit(0));
