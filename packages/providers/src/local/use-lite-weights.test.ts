import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUseLiteWeights } from './use-lite-weights.js';

async function modelFolder(weights: { name: string; shape: number[]; dtype: string }[], shard: Float32Array): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'use-lite-weights-'));
  await writeFile(join(folder, 'model.json'), JSON.stringify({ weightsManifest: [{ paths: ['shard1'], weights }] }));
  await writeFile(join(folder, 'shard1'), new Uint8Array(shard.buffer));
  return folder;
}

describe('loadUseLiteWeights', () => {
  it('reads float tensors by name suffix, skipping int32 plumbing between them', async () => {
    const folder = await modelFolder(
      [
        { name: 'net/layer/kernel', shape: [2, 2], dtype: 'float32' },
        { name: 'net/layer/axes', shape: [1], dtype: 'int32' },
        { name: 'net/layer/scale/y', shape: [], dtype: 'float32' },
      ],
      Float32Array.of(1, 2, 3, 4, 0, 0.5),
    );
    const weights = await loadUseLiteWeights(folder);
    expect(weights.tensor('layer/kernel')).toEqual({ shape: [2, 2], data: Float32Array.of(1, 2, 3, 4) });
    expect(weights.scalar('scale/y')).toBe(0.5);
    expect(() => weights.tensor('missing')).toThrow(/model\.json: expected one float32 tensor named '…missing', found 0/);
  });

  it('names the file and tensor when the shards end early', async () => {
    const folder = await modelFolder([{ name: 'net/kernel', shape: [4, 4], dtype: 'float32' }], Float32Array.of(1, 2));
    await expect(loadUseLiteWeights(folder)).rejects.toThrow(/model\.json: the shards end inside tensor 'net\/kernel'/);
  });
});
