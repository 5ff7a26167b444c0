import { describe, expect, it } from 'vitest';
import { writeOnnxModel } from './onnx-model-writer.js';
import { loadOnnxRuntime } from './use-lite-onnx-engine.js';

describe('writeOnnxModel', () => {
  it('writes a model ONNX Runtime loads and runs: dynamic dims, float and int attributes, negative ints, int64 constants', async () => {
    const library = await loadOnnxRuntime();
    expect(library).not.toBeNull();
    const bytes = writeOnnxModel({
      name: 'check',
      opset: 17,
      nodes: [
        { op: 'MatMul', inputs: ['x', 'w'], outputs: ['xw'] },
        {
          op: 'LayerNormalization',
          inputs: ['xw', 'scale', 'bias'],
          outputs: ['normed'],
          attributes: { axis: -1, epsilon: { float: 0.5 } },
        },
        { op: 'ReduceSum', inputs: ['normed', 'axes'], outputs: ['y'], attributes: { keepdims: 0 } },
        { op: 'Transpose', inputs: ['xw'], outputs: ['xwT'], attributes: { perm: [1, 0] } },
      ],
      initializers: [
        { name: 'w', dims: [2, 3], data: Float32Array.of(1, 2, 3, 4, 5, 6) },
        { name: 'scale', dims: [3], data: Float32Array.of(1, 1, 1) },
        { name: 'bias', dims: [3], data: Float32Array.of(0, 0, 1) },
        { name: 'axes', dims: [1], data: BigInt64Array.of(-1n) },
      ],
      inputs: [{ name: 'x', type: 'float32', shape: ['rows', 2] }],
      outputs: [
        { name: 'y', type: 'float32', shape: ['rows'] },
        { name: 'xwT', type: 'float32', shape: [3, 'rows'] },
      ],
    });
    const session = await library!.InferenceSession.create(bytes, {});
    const result = await session.run({ x: new library!.Tensor('float32', Float32Array.of(1, 0, 0, 1, 1, 1), [3, 2]) });
    // Each row's normalised values sum to 0; the bias adds 1.
    expect(Array.from(result['y']!.data as Float32Array).map((value) => Math.round(value * 1e4) / 1e4)).toEqual([1, 1, 1]);
    expect(Array.from(result['xwT']!.data as Float32Array)).toEqual([1, 4, 5, 2, 5, 7, 3, 6, 9]);
  });
});
