/** Builds the hybrid retriever (BM25F index + dense index) for a set of chunks under a config. */
import { DenseIndex, embeddingText, HybridRetriever, KnowledgeIndex } from '@switchboard/core/retrieval';
import type { SwitchboardConfig } from '@switchboard/config';
import { createHnswIndexFactory, resolveEmbedder, textHash } from '@switchboard/providers';
import type { ApproximateIndexFactory, ChunkWithDocument, Embedder, EmbeddingStore, StoredVector } from '@switchboard/spec';

export interface RetrieverOverrides {
  readonly mode?: 'lexical' | 'dense' | 'hybrid';
  readonly now?: number;
  readonly quiet?: boolean;
  /** Where chunk vectors persist between runs; without it every chunk is embedded each time. */
  readonly embeddings?: EmbeddingStore;
  /** Use this embedder instead of resolving `retrieval.embedder` (null: no dense index). */
  readonly embedder?: Embedder | null;
  /** Relative onnx: model folders are read from here (the workspace). Default: the current directory. */
  readonly baseDir?: string;
}

export async function buildRetriever(
  config: SwitchboardConfig,
  chunks: readonly ChunkWithDocument[],
  overrides: RetrieverOverrides = {},
): Promise<HybridRetriever> {
  const { retrieval } = config;
  const lexical = new KnowledgeIndex({ k1: retrieval.k1, b: retrieval.b, fieldWeights: retrieval.fieldWeights });
  lexical.addChunks(chunks);
  const mode = overrides.mode ?? retrieval.mode;
  const embedder =
    mode === 'lexical'
      ? null
      : overrides.embedder !== undefined
        ? overrides.embedder
        : resolveEmbedder(retrieval.embedder, { quiet: overrides.quiet, endpoint: config.llm.embeddings, baseDir: overrides.baseDir });
  let dense: DenseIndex | null = null;
  if (embedder) {
    const entries = await chunkVectors(embedder, chunks, overrides.embeddings);
    dense = new DenseIndex(withDimensions(embedder, entries[0]?.vector.length), {
      approximateAbove: retrieval.approximateAbove,
      ...(entries.length >= retrieval.approximateAbove && retrieval.approximateIndex === 'hnsw'
        ? { approximate: hnswFactory(overrides.quiet) }
        : {}),
    });
    dense.build(entries);
  }
  return new HybridRetriever(lexical, dense, {
    mode,
    fusion: retrieval.fusion,
    denseWeight: retrieval.denseWeight,
    exactMatchDenseFactor: 0.3,
    candidates: retrieval.candidates,
    freshness: overrides.now === undefined ? undefined : { ...retrieval.freshness, now: overrides.now },
  });
}

/** HNSW when hnswlib-node loads; otherwise the built-in inverted file, with a warning (the native build can fail). */
function hnswFactory(quiet = false): ApproximateIndexFactory | undefined {
  try {
    return createHnswIndexFactory();
  } catch (error) {
    if (!quiet) process.stderr.write(`switchboard: ${(error as Error).message}; using the built-in inverted-file index\n`);
    return undefined;
  }
}

/**
 * One vector per chunk: stored vectors of this model whose text is unchanged are reused, the rest are embedded
 * and saved. Vectors are looked up by the embedder's id, so a different model never sees another model's vectors.
 */
export async function chunkVectors(
  embedder: Embedder,
  chunks: readonly ChunkWithDocument[],
  store?: EmbeddingStore,
): Promise<{ id: string; vector: Float32Array }[]> {
  const texts = chunks.map(embeddingText);
  const hashes = texts.map(textHash);
  const stored = new Map((store ? await store.loadVectors(embedder.id) : []).map((entry) => [entry.chunkId, entry]));
  const vectors: (Float32Array | undefined)[] = chunks.map((chunk, i) => {
    const entry = stored.get(chunk.id);
    return entry && entry.textHash === hashes[i] ? entry.vector : undefined;
  });
  const missing = chunks.flatMap((_, i) => (vectors[i] === undefined ? [i] : []));
  const fresh: StoredVector[] = [];
  for (let start = 0; start < missing.length; start += embedder.maxBatchSize) {
    const batch = missing.slice(start, start + embedder.maxBatchSize);
    const embedded = await embedder.embed(batch.map((i) => texts[i]!));
    batch.forEach((i, j) => {
      vectors[i] = embedded[j]!;
      fresh.push({ chunkId: chunks[i]!.id, textHash: hashes[i]!, vector: embedded[j]! });
    });
  }
  if (store && fresh.length > 0) await store.saveVectors(embedder.id, fresh);
  return chunks.map((chunk, i) => ({ id: chunk.id, vector: vectors[i]! }));
}

/** An embedder that learns its size from its first response reports 0 until then; stored vectors tell the size. */
function withDimensions(embedder: Embedder, dimensions: number | undefined): Embedder {
  if (!dimensions || embedder.dimensions === dimensions) return embedder;
  return { id: embedder.id, dimensions, maxBatchSize: embedder.maxBatchSize, embed: (texts, options) => embedder.embed(texts, options) };
}
