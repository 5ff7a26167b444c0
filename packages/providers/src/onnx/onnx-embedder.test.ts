import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { embedderContract } from '@switchboard/testkit';
import { createOnnxEmbedder, type TransformersLibrary } from './onnx-embedder.js';

function modelFolder(root: string, options: { pooling?: 'cls'; weights?: string } = {}): string {
  const folder = join(root, 'mini-model');
  mkdirSync(join(folder, 'onnx'), { recursive: true });
  writeFileSync(join(folder, 'config.json'), JSON.stringify({ model_type: 'bert', hidden_size: 3 }));
  writeFileSync(join(folder, 'tokenizer.json'), '{}');
  writeFileSync(join(folder, 'onnx', options.weights ?? 'model.onnx'), '');
  if (options.pooling) {
    mkdirSync(join(folder, '1_Pooling'));
    writeFileSync(
      join(folder, '1_Pooling', 'config.json'),
      JSON.stringify({ pooling_mode_cls_token: true, pooling_mode_mean_tokens: false }),
    );
  }
  return folder;
}

/** Stands in for @huggingface/transformers: records how it was set up and returns each text's length as its vector. */
function fakeLibrary() {
  const calls: { model?: string; options?: unknown; batches: string[][]; pooling: string[] } = { batches: [], pooling: [] };
  const library: TransformersLibrary = {
    env: { allowRemoteModels: true, allowLocalModels: false, localModelPath: '/models/' },
    async pipeline(_task, model, options) {
      calls.model = model;
      calls.options = options;
      return async (texts, run) => {
        calls.batches.push(texts);
        calls.pooling.push(run.pooling);
        return { data: Float32Array.from(texts.flatMap((text) => [text.length, 0, 1])), dims: [texts.length, 3] };
      };
    },
  };
  return { library, calls };
}

describe('createOnnxEmbedder', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sb-onnx-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('loads the folder with remote models off, in batches, and returns one vector per text', async () => {
    const folder = modelFolder(root);
    const { library, calls } = fakeLibrary();
    const embedder = createOnnxEmbedder({ folder, maxBatchSize: 2, loadLibrary: async () => library });
    expect(embedder.dimensions).toBe(3);
    expect(embedder.id).toBe(`onnx:${folder}`);
    const vectors = await embedder.embed(['a', 'bb', 'ccc']);
    expect(vectors.map((vector) => [...vector])).toEqual([
      [1, 0, 1],
      [2, 0, 1],
      [3, 0, 1],
    ]);
    expect(library.env).toEqual({ allowRemoteModels: false, allowLocalModels: true, localModelPath: `${root}/` });
    expect(calls.model).toBe('mini-model');
    expect(calls.options).toEqual({ local_files_only: true, dtype: 'fp32' });
    expect(calls.batches).toEqual([['a', 'bb'], ['ccc']]);
  });

  it('reads CLS pooling from 1_Pooling and picks the quantised weights when only those exist', async () => {
    const folder = modelFolder(root, { pooling: 'cls', weights: 'model_quantized.onnx' });
    const { library, calls } = fakeLibrary();
    await createOnnxEmbedder({ folder, loadLibrary: async () => library }).embed(['x']);
    expect(calls.pooling).toEqual(['cls']);
    expect(calls.options).toEqual({ local_files_only: true, dtype: 'q8' });
  });

  it('fails at creation on a folder that is not an ONNX sentence-transformer export', () => {
    expect(() => createOnnxEmbedder({ folder: join(root, 'missing') })).toThrow(/config.json does not exist/);
    const folder = modelFolder(root);
    rmSync(join(folder, 'onnx'), { recursive: true });
    expect(() => createOnnxEmbedder({ folder })).toThrow(/no onnx\/model.onnx/);
  });

  it('says how to install the library when it is missing', async () => {
    const embedder = createOnnxEmbedder({
      folder: modelFolder(root),
      loadLibrary: () => Promise.reject(new Error("Cannot find package '@huggingface/transformers'")),
    });
    await expect(embedder.embed(['x'])).rejects.toThrow(/npm install @huggingface\/transformers/);
  });

  it('reports a model that fails to load as a configuration problem, and tries again on the next call', async () => {
    const { library } = fakeLibrary();
    let attempts = 0;
    const broken: TransformersLibrary = {
      ...library,
      pipeline: async (...args) => {
        attempts += 1;
        if (attempts === 1) throw new Error('Load model failed: protobuf parsing failed');
        return library.pipeline(...args);
      },
    };
    const embedder = createOnnxEmbedder({ folder: modelFolder(root), loadLibrary: async () => broken });
    await expect(embedder.embed(['x'])).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringMatching(/cannot load the model/),
    });
    expect(await embedder.embed(['x'])).toHaveLength(1);
  });
});

// The adapter's own work (batching, order, cancellation) over the stand-in library; the real model runs it below.
embedderContract('createOnnxEmbedder over a stand-in for @huggingface/transformers', async () => {
  const root = mkdtempSync(join(tmpdir(), 'sb-onnx-'));
  const { library } = fakeLibrary();
  return {
    embedder: createOnnxEmbedder({ folder: modelFolder(root), loadLibrary: async () => library }),
    close: () => rmSync(root, { recursive: true, force: true }),
  };
});

const modelDir = process.env['SWITCHBOARD_ONNX_MODEL_DIR'];
const skipReason = modelDir ? '' : ' (skipped: SWITCHBOARD_ONNX_MODEL_DIR does not point at a local ONNX sentence-transformer folder)';

describe.skipIf(!modelDir)(`createOnnxEmbedder on a real model${skipReason}`, () => {
  it('embeds paraphrases closer together than unrelated text, as unit vectors of the configured size', async () => {
    const embedder = createOnnxEmbedder({ folder: modelDir ?? '' });
    const [question, paraphrase, unrelated] = await embedder.embed([
      'How do I reset my password?',
      'Steps to change the password of your account',
      'Shipping to Canada takes five days',
    ]);
    const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);
    expect(question).toHaveLength(embedder.dimensions);
    expect(dot(question!, question!)).toBeCloseTo(1, 3);
    expect(dot(question!, paraphrase!)).toBeGreaterThan(dot(question!, unrelated!));
  });
});

describe.skipIf(!modelDir)(`the Embedder contract on a real model${skipReason}`, () => {
  embedderContract(`createOnnxEmbedder on ${modelDir ?? 'SWITCHBOARD_ONNX_MODEL_DIR'}`, async () => ({
    embedder: createOnnxEmbedder({ folder: modelDir ?? '' }),
  }));
});
