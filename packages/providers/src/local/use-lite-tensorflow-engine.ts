/**
 * Runs USE-lite on TensorFlow.js's WebAssembly kernels, as `@energetic-ai/embeddings` ships it. It is the fallback
 * for platforms where onnxruntime-node has no binary: a sentence costs a few milliseconds, so large batches are
 * spread over worker threads, one per core.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { SwitchboardError } from '@switchboard/spec';
import {
  embedInLengthOrder,
  useLiteDimensions as dimensions,
  useLiteEmbedderId,
  useLitePaths,
  type UseLiteEngine,
  type UseLiteTokenizer,
} from './use-lite-package.js';

// The model pads every call to its longest text, so texts are embedded in order of token count, 16 per call: on
// clinc150 sentences that is ~20% faster than 8 per call in input order (measured: 7.8 s vs 9.5–10.5 s per 1,600).
const callSize = 16;
// Below this many texts a worker's start-up (loading the weights, ~0.2 s) costs more than it saves.
const parallelFrom = 256;

interface TensorflowModel {
  embed(texts: string[]): Promise<number[][]>;
  readonly tokenizer: UseLiteTokenizer;
}

const require = createRequire(import.meta.url);

async function loadModel(): Promise<TensorflowModel> {
  const paths = useLitePaths();
  const { initModel } = require(paths.embeddings) as { initModel: (source: unknown) => Promise<TensorflowModel> };
  const { modelSource } = require(paths.weights) as { modelSource: unknown };
  return initModel(modelSource);
}

function embedInCalls(model: TensorflowModel, texts: readonly string[]): Promise<Float32Array> {
  return embedInLengthOrder(
    texts.map((text) => model.tokenizer.encode(text).length),
    callSize,
    (indices) => model.embed(indices.map((i) => texts[i]!)),
  );
}

// The worker loads its own copy of the model and answers {id, texts} with {id, vectors} (one flat buffer). Its loop
// is embedInLengthOrder, written out because an eval'd worker cannot import this TypeScript module.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { initModel } = require(workerData.embeddings);
const { modelSource } = require(workerData.weights);
const ready = initModel(modelSource);
parentPort.on('message', async ({ id, texts }) => {
  try {
    const model = await ready;
    const out = new Float32Array(texts.length * ${dimensions});
    const lengths = texts.map((text) => model.tokenizer.encode(text).length);
    const order = texts.map((_, i) => i).sort((a, b) => lengths[a] - lengths[b]);
    for (let start = 0; start < order.length; start += ${callSize}) {
      const positions = order.slice(start, start + ${callSize});
      const rows = await model.embed(positions.map((i) => texts[i]));
      rows.forEach((row, k) => out.set(row, positions[k] * ${dimensions}));
    }
    parentPort.postMessage({ id, vectors: out }, [out.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;
interface Pending {
  resolve(vectors: Float32Array): void;
  reject(error: Error): void;
}

class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(size: number) {
    const paths = useLitePaths();
    for (let i = 0; i < size; i += 1) {
      const worker = new Worker(workerSource, { eval: true, workerData: paths });
      worker.on('message', (message: { id: number; vectors?: Float32Array; error?: string }) => this.settle(message));
      worker.on('error', (error) => this.failAll(error));
      // An idle pool must not keep a CLI process alive.
      worker.unref();
      this.workers.push(worker);
    }
  }

  /**
   * Deals `texts` out to the workers in turn (text i to worker i mod n), so long and short texts are shared evenly
   * even when the input is grouped, and joins the answers in input order as one flat buffer.
   */
  async embed(texts: readonly string[]): Promise<Float32Array> {
    const count = this.workers.length;
    const parts = await Promise.all(
      this.workers.map((worker, w) =>
        this.send(
          worker,
          texts.filter((_, i) => i % count === w),
        ),
      ),
    );
    const out = new Float32Array(texts.length * dimensions);
    parts.forEach((part, w) => {
      for (let k = 0; k * dimensions < part.length; k += 1)
        out.set(part.subarray(k * dimensions, (k + 1) * dimensions), (k * count + w) * dimensions);
    });
    return out;
  }

  private send(worker: Worker, texts: readonly string[]): Promise<Float32Array> {
    if (texts.length === 0) return Promise.resolve(new Float32Array(0));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, texts });
    }).finally(() => {
      if (this.pending.size === 0) for (const each of this.workers) each.unref();
    }) as Promise<Float32Array>;
  }

  private settle(message: { id: number; vectors?: Float32Array; error?: string }): void {
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.error !== undefined || !message.vectors) {
      waiting.reject(new SwitchboardError('PROVIDER_FAILURE', `${useLiteEmbedderId}: ${message.error ?? 'no vectors returned'}`));
      return;
    }
    waiting.resolve(message.vectors);
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values())
      waiting.reject(new SwitchboardError('PROVIDER_FAILURE', `${useLiteEmbedderId}: ${error.message}`));
    this.pending.clear();
  }
}

/** `threads` workers for batches of 256 texts or more; smaller batches (and `threads: 1`) run on the calling thread. */
export function createUseLiteTensorflowEngine(threads: number): UseLiteEngine {
  let model: Promise<TensorflowModel> | null = null;
  let pool: WorkerPool | null = null;
  return {
    name: 'tensorflow',
    async embed(texts) {
      if (threads > 1 && texts.length >= parallelFrom) {
        pool ??= new WorkerPool(threads);
        return pool.embed(texts);
      }
      model ??= loadModel();
      return embedInCalls(await model, texts);
    },
  };
}
