/**
 * An embedder that keeps every vector it makes in a file, so retraining on a mostly unchanged example set embeds
 * only the new texts (on clinc150, embedding is ~85% of a cold training run). One file per embedder id and
 * dimension count, an append-only run of records: the text's SHA-256 (32 bytes) then its floats. A record cut
 * short by a crash is ignored on load and overwritten by the next append, so a torn write never yields a vector.
 */
import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Embedder } from '@switchboard/spec';
import { textHash } from './embedding-cache.js';

const hashBytes = 32;

export interface FileCachedEmbedderOptions {
  /** Called after each batch the inner embedder ran: texts embedded so far and how many needed embedding. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The cache file for an embedder: its id made safe for a file name, and its dimension count. */
export function embeddingCacheFile(folder: string, embedder: Pick<Embedder, 'id' | 'dimensions'>): string {
  const safeId = embedder.id.replace(/[^A-Za-z0-9._-]+/g, '_');
  return join(folder, `embeddings-${safeId}-${embedder.dimensions}d.bin`);
}

/** The whole records in the file, keyed by hex hash. */
function loadRecords(file: string, dimensions: number): Map<string, Float32Array> {
  const vectors = new Map<string, Float32Array>();
  if (!existsSync(file)) return vectors;
  const bytes = readFileSync(file);
  const recordBytes = hashBytes + dimensions * 4;
  const records = Math.floor(bytes.length / recordBytes);
  for (let r = 0; r < records; r++) {
    const at = r * recordBytes;
    const key = bytes.toString('hex', at, at + hashBytes);
    // A copy: the file buffer's offsets are not 4-byte aligned for a Float32Array view.
    const vector = new Float32Array(dimensions);
    new Uint8Array(vector.buffer).set(bytes.subarray(at + hashBytes, at + recordBytes));
    vectors.set(key, vector);
  }
  return vectors;
}

export function createFileCachedEmbedder(inner: Embedder, folder: string, options: FileCachedEmbedderOptions = {}): Embedder {
  const file = embeddingCacheFile(folder, inner);
  let cached: Map<string, Float32Array> | null = null;

  function append(hashes: readonly Buffer[], vectors: readonly Float32Array[]): void {
    const recordBytes = hashBytes + inner.dimensions * 4;
    const chunk = Buffer.alloc(hashes.length * recordBytes);
    hashes.forEach((hash, k) => {
      hash.copy(chunk, k * recordBytes);
      Buffer.from(vectors[k]!.buffer, vectors[k]!.byteOffset, inner.dimensions * 4).copy(chunk, k * recordBytes + hashBytes);
    });
    mkdirSync(folder, { recursive: true });
    const fd = openSync(file, existsSync(file) ? 'r+' : 'w');
    try {
      // After the last whole record (another process may have added some since the load): a torn tail is dropped.
      const end = Math.floor(fstatSync(fd).size / recordBytes) * recordBytes;
      ftruncateSync(fd, end);
      writeSync(fd, chunk, 0, chunk.length, end);
    } finally {
      closeSync(fd);
    }
  }

  return {
    id: inner.id,
    dimensions: inner.dimensions,
    maxBatchSize: Number.MAX_SAFE_INTEGER,
    async embed(texts, embedOptions) {
      const vectorsByHash = (cached ??= loadRecords(file, inner.dimensions));
      const keys = texts.map(textHash);
      const missing: number[] = [];
      const seen = new Set<string>();
      keys.forEach((key, i) => {
        if (!vectorsByHash.has(key) && !seen.has(key)) {
          seen.add(key);
          missing.push(i);
        }
      });
      for (let start = 0; start < missing.length; start += inner.maxBatchSize) {
        const batch = missing.slice(start, start + inner.maxBatchSize);
        const vectors = await inner.embed(
          batch.map((i) => texts[i]!),
          embedOptions,
        );
        batch.forEach((i, k) => vectorsByHash.set(keys[i]!, vectors[k]!));
        append(
          batch.map((i) => Buffer.from(keys[i]!, 'hex')),
          vectors,
        );
        options.onProgress?.(start + batch.length, missing.length);
      }
      return keys.map((key) => vectorsByHash.get(key)!.slice());
    },
  };
}
