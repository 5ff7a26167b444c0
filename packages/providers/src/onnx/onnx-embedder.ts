/**
 * A local sentence-transformer Embedder: an ONNX model folder on disk run through @huggingface/transformers,
 * loaded lazily by dynamic import and never allowed to download anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { SwitchboardError, type Embedder } from '@switchboard/spec';

/** The subset of @huggingface/transformers this adapter uses, typed structurally (the package is an optional plugin). */
export interface TransformersLibrary {
  readonly env: { allowRemoteModels: boolean; allowLocalModels: boolean; localModelPath: string };
  pipeline(
    task: 'feature-extraction',
    model: string,
    options: { local_files_only: boolean; dtype: string },
  ): Promise<
    (texts: string[], options: { pooling: 'mean' | 'cls'; normalize: boolean }) => Promise<{ data: ArrayLike<number>; dims: number[] }>
  >;
}

export interface OnnxEmbedderSettings {
  /** A folder holding config.json, tokenizer.json and onnx/model.onnx (or onnx/model_quantized.onnx). */
  readonly folder: string;
  /** Stored with every vector; defaults to 'onnx:<folder as given>'. */
  readonly id?: string;
  /** Texts per forward pass. Default 16 (CPU memory grows with batch × sequence length). */
  readonly maxBatchSize?: number;
  /** Test seam: how the library is loaded. Default: `import('@huggingface/transformers')`. */
  readonly loadLibrary?: () => Promise<TransformersLibrary>;
}

const packageName = '@huggingface/transformers';

/** Reads the folder's shape synchronously, so a wrong path fails at start-up; the model itself loads on first use. */
export function createOnnxEmbedder(settings: OnnxEmbedderSettings): Embedder {
  const folder = resolve(settings.folder);
  const id = settings.id ?? `onnx:${settings.folder}`;
  const config = readJson(join(folder, 'config.json'), id) as { hidden_size?: number; d_model?: number; dim?: number };
  const dimensions = config.hidden_size ?? config.d_model ?? config.dim;
  if (!dimensions) throw invalid(id, `${join(folder, 'config.json')} names no hidden_size`);
  const weights = ['model.onnx', 'model_quantized.onnx'].find((file) => existsSync(join(folder, 'onnx', file)));
  if (!weights)
    throw invalid(id, `${folder} has no onnx/model.onnx or onnx/model_quantized.onnx (export it with optimum, then copy the folder)`);
  if (!existsSync(join(folder, 'tokenizer.json'))) throw invalid(id, `${folder} has no tokenizer.json`);
  const pooling = poolingOf(folder);
  const load = settings.loadLibrary ?? (() => import(packageName as string) as Promise<TransformersLibrary>);

  let extractor: ReturnType<TransformersLibrary['pipeline']> | null = null;
  const model = () => {
    extractor ??= (async () => {
      let library: TransformersLibrary;
      try {
        library = await load();
      } catch (error) {
        throw invalid(id, `${packageName} is not installed; run \`npm install ${packageName}\` to use onnx: embedders`, error);
      }
      // Local files only: a missing file is an error here, never a download from a hub.
      library.env.allowRemoteModels = false;
      library.env.allowLocalModels = true;
      library.env.localModelPath = `${dirname(folder)}/`;
      try {
        return await library.pipeline('feature-extraction', basename(folder), {
          local_files_only: true,
          dtype: weights === 'model.onnx' ? 'fp32' : 'q8',
        });
      } catch (error) {
        throw invalid(id, `cannot load the model in ${folder}: ${error instanceof Error ? error.message : String(error)}`, error);
      }
    })();
    // A failed load is not cached, so fixing the folder needs no restart.
    extractor.catch(() => (extractor = null));
    return extractor;
  };

  const maxBatchSize = settings.maxBatchSize ?? 16;
  return {
    id,
    dimensions,
    maxBatchSize,
    async embed(texts, options = {}) {
      const run = await model();
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += maxBatchSize) {
        options.signal?.throwIfAborted();
        const batch = texts.slice(start, start + maxBatchSize);
        const output = await run([...batch], { pooling, normalize: true });
        const width = output.dims[output.dims.length - 1] ?? 0;
        if (width !== dimensions) throw invalid(id, `the model returned ${width}-dimensional vectors, config.json says ${dimensions}`);
        for (let row = 0; row < batch.length; row += 1)
          vectors.push(Float32Array.from({ length: width }, (_, column) => output.data[row * width + column]!));
      }
      return vectors;
    },
  };
}

/** sentence-transformers records its pooling in 1_Pooling/config.json; mean pooling is their common default. */
function poolingOf(folder: string): 'mean' | 'cls' {
  const path = join(folder, '1_Pooling', 'config.json');
  if (!existsSync(path)) return 'mean';
  const pooling = JSON.parse(readFileSync(path, 'utf8')) as { pooling_mode_cls_token?: boolean };
  return pooling.pooling_mode_cls_token ? 'cls' : 'mean';
}

function readJson(path: string, id: string): unknown {
  if (!existsSync(path)) throw invalid(id, `${path} does not exist: point onnx: at a sentence-transformer folder with an onnx/ export`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw invalid(id, `${path} is not JSON`, error);
  }
}

function invalid(id: string, message: string, cause?: unknown): SwitchboardError {
  return new SwitchboardError('CONFIG_INVALID', `retrieval.embedder '${id}': ${message}`, {
    cause,
    details: { field: 'retrieval.embedder' },
  });
}
