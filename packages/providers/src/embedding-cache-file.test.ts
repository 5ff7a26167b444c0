import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedderContract, recordingEmbedder } from '@switchboard/testkit';
import { createFileCachedEmbedder, embeddingCacheFile } from './embedding-cache-file.js';

/** A deterministic embedder that records what it was asked to embed (the real encoders are tested on their own). */
function countingEmbedder(id = 'test:counting', dimensions = 3) {
  const embedder = recordingEmbedder({
    id,
    dimensions,
    maxBatchSize: 2,
    vectorOf: (text) => Float32Array.from({ length: dimensions }, (_, d) => text.length + d / 10),
  });
  return { embedder, asked: embedder.calls };
}

describe('createFileCachedEmbedder', () => {
  it('embeds each new text once, in the inner batch size, and serves repeats and later runs from the file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sb-embed-cache-'));
    const first = countingEmbedder();
    const progress: string[] = [];
    const cached = createFileCachedEmbedder(first.embedder, folder, { onProgress: (done, total) => progress.push(`${done}/${total}`) });
    const vectors = await cached.embed(['alpha', 'be', 'alpha', 'gamma!']);
    expect(first.asked).toEqual([['alpha', 'be'], ['gamma!']]);
    expect(progress).toEqual(['2/3', '3/3']);
    expect(Array.from(vectors[2]!)).toEqual(Array.from(vectors[0]!));
    expect(vectors[1]![2]).toBeCloseTo(2.2, 6);

    // A new process (a new wrapper over the same folder) reads the file and embeds only what is new.
    const second = countingEmbedder();
    const again = await createFileCachedEmbedder(second.embedder, folder).embed(['gamma!', 'delta', 'be']);
    expect(second.asked).toEqual([['delta']]);
    expect(Array.from(again[0]!)).toEqual(Array.from(vectors[3]!));
    expect(again[2]![0]).toBe(2);
  });

  it('keeps one file per embedder id and dimension count, so two models never share a vector', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sb-embed-cache-'));
    await createFileCachedEmbedder(countingEmbedder('local:a', 3).embedder, folder).embed(['same text']);
    const other = countingEmbedder('local:b', 3);
    await createFileCachedEmbedder(other.embedder, folder).embed(['same text']);
    expect(other.asked).toEqual([['same text']]);
    expect(embeddingCacheFile(folder, { id: 'openai-compatible:text/embed 3', dimensions: 8 })).toBe(
      join(folder, 'embeddings-openai-compatible_text_embed_3-8d.bin'),
    );
  });

  it('ignores a record cut short by a crash and writes the next records after the last whole one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sb-embed-cache-'));
    const { embedder } = countingEmbedder();
    await createFileCachedEmbedder(embedder, folder).embed(['one', 'two']);
    const file = embeddingCacheFile(folder, embedder);
    const whole = statSync(file).size;
    appendFileSync(file, Buffer.from([1, 2, 3, 4, 5])); // a torn write
    const next = countingEmbedder();
    const vectors = await createFileCachedEmbedder(next.embedder, folder).embed(['two', 'three']);
    expect(next.asked).toEqual([['three']]);
    expect(vectors[1]![0]).toBe(5);
    expect(statSync(file).size).toBe(whole + whole / 2);
    const reread = countingEmbedder();
    await createFileCachedEmbedder(reread.embedder, folder).embed(['one', 'two', 'three']);
    expect(reread.asked).toEqual([]);
  });

  it('treats a file of garbage shorter than a record as empty', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sb-embed-cache-'));
    const { embedder, asked } = countingEmbedder();
    writeFileSync(embeddingCacheFile(folder, embedder), 'not a cache');
    await createFileCachedEmbedder(embedder, folder).embed(['x']);
    expect(asked).toEqual([['x']]);
    expect(readFileSync(embeddingCacheFile(folder, embedder)).length).toBe(32 + 3 * 4);
  });
});

embedderContract('createFileCachedEmbedder over recordingEmbedder', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'sb-embed-cache-'));
  return {
    embedder: createFileCachedEmbedder(countingEmbedder().embedder, folder),
    close: () => rmSync(folder, { recursive: true, force: true }),
  };
});
