/**
 * Runs USE-lite on ONNX Runtime (`onnxruntime-node`, whose npm package carries its native CPU binaries): the shipped
 * TensorFlow.js weights are rewritten as an ONNX graph in memory at first use (~0.2 s), then each call is one
 * native run over `threads` cores. On clinc150 sentences that is ~0.4 ms a text on two cores, against ~4 ms for
 * TensorFlow.js's WebAssembly kernels on two worker threads; the vectors agree to within 1e-6.
 */
import { SwitchboardError } from '@switchboard/spec';
import { writeOnnxModel } from './onnx-model-writer.js';
import { buildUseLiteGraph, useLiteMaxTokens } from './use-lite-onnx-graph.js';
import {
  loadUseLiteTokenizer,
  embedInLengthOrder,
  useLiteDimensions as dimensions,
  useLiteEmbedderId,
  useLiteModelFolder,
  useLitePaths,
  type UseLiteEngine,
  type UseLiteTokenizer,
} from './use-lite-package.js';
import { loadUseLiteWeights } from './use-lite-weights.js';

// Texts of similar length, 64 per run: per-run overhead is gone by 32, and padding waste grows past 128.
const callSize = 64;

/** The subset of onnxruntime-node this engine uses, typed structurally. */
interface OnnxTensorLike {
  readonly data: unknown;
}
interface OnnxSession {
  run(feeds: Record<string, OnnxTensorLike>): Promise<Record<string, OnnxTensorLike>>;
}
export interface OnnxRuntimeLibrary {
  readonly InferenceSession: {
    create(model: Uint8Array, options: Record<string, unknown>): Promise<OnnxSession>;
  };
  readonly Tensor: new (type: 'int64' | 'float32', data: BigInt64Array | Float32Array, dims: readonly number[]) => OnnxTensorLike;
}

/** onnxruntime-node, or null when it is not installed or has no binary for this platform. */
export async function loadOnnxRuntime(): Promise<OnnxRuntimeLibrary | null> {
  try {
    const library = (await import('onnxruntime-node')) as unknown as OnnxRuntimeLibrary & { default?: OnnxRuntimeLibrary };
    return library.InferenceSession ? library : (library.default ?? null);
  } catch {
    return null;
  }
}

interface Loaded {
  readonly session: OnnxSession;
  readonly tokenizer: UseLiteTokenizer;
}

async function load(library: OnnxRuntimeLibrary, threads: number): Promise<Loaded> {
  const paths = useLitePaths();
  const [weights, tokenizer] = await Promise.all([loadUseLiteWeights(useLiteModelFolder(paths)), loadUseLiteTokenizer(paths)]);
  try {
    const session = await library.InferenceSession.create(writeOnnxModel(buildUseLiteGraph(weights)), {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
    });
    return { session, tokenizer };
  } catch (error) {
    throw new SwitchboardError(
      'PROVIDER_FAILURE',
      `${useLiteEmbedderId}: ONNX Runtime rejected the USE-lite graph: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

async function runCall(library: OnnxRuntimeLibrary, session: OnnxSession, tokens: readonly number[][]): Promise<Float32Array> {
  const length = Math.max(1, ...tokens.map((each) => each.length));
  const ids = new BigInt64Array(tokens.length * length);
  const mask = new Float32Array(tokens.length * length);
  tokens.forEach((row, i) =>
    row.forEach((id, j) => {
      ids[i * length + j] = BigInt(id);
      mask[i * length + j] = 1;
    }),
  );
  const positions = BigInt64Array.from({ length }, (_, i) => BigInt(i));
  const result = await session.run({
    ids: new library.Tensor('int64', ids, [tokens.length, length]),
    mask: new library.Tensor('float32', mask, [tokens.length, length]),
    positions: new library.Tensor('int64', positions, [length]),
  });
  return result['embeddings']!.data as Float32Array;
}

export function createUseLiteOnnxEngine(library: OnnxRuntimeLibrary, threads: number): UseLiteEngine {
  let loaded: Promise<Loaded> | null = null;
  return {
    name: 'onnxruntime',
    async embed(texts) {
      // A failed load is retried by the next call instead of failing every call after it.
      loaded ??= load(library, threads).catch((error: unknown) => {
        loaded = null;
        throw error;
      });
      const { session, tokenizer } = await loaded;
      const tokens = texts.map((text) => tokenizer.encode(text).slice(0, useLiteMaxTokens));
      return embedInLengthOrder(
        tokens.map((each) => each.length),
        callSize,
        async (indices) => {
          const vectors = await runCall(
            library,
            session,
            indices.map((i) => tokens[i]!),
          );
          return indices.map((_, k) => vectors.subarray(k * dimensions, (k + 1) * dimensions));
        },
      );
    },
  };
}
