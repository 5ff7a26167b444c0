/**
 * The Universal Sentence Encoder lite network written as an ONNX graph over its shipped weights, so ONNX Runtime's
 * native kernels (AVX2/AVX-512 matrix multiplies, several threads) can run it instead of TensorFlow.js's WebAssembly
 * ones. The graph follows the TensorFlow graph in the package's `model.json` op for op in meaning:
 *
 *   x = 2·embedding + timing signal      (the TF graph adds the embedding, then embedding + timing, once more)
 *   layer 0 (256 → 512): x + attention(LN(x)) with the residual projected by a dense layer; then + FFN(LN(·))
 *   layer 1 (512):       x + attention(LN(x)); then + FFN(LN(·))
 *   mean over the real tokens → tanh dense layer → L2 normalisation
 *
 * Attention has 4 heads; padding is masked with a -1e9 bias as in the TF graph. Rows of padding positions are
 * computed but never read: the TF graph drops them by gather/scatter, this one by the mask in the mean.
 * Inputs: `ids` [batch, length] int64 token ids (0 where padded), `mask` [batch, length] float32 (1 real, 0 padded),
 * `positions` [length] int64 (0 … length-1). Output: `embeddings` [batch, 512], unit length.
 */
import type { OnnxGraph, OnnxNode, OnnxTensor } from './onnx-model-writer.js';
import type { UseLiteWeights } from './use-lite-weights.js';

/** Tokens beyond this many are dropped, as the TF graph's ClipToMaxLength does. */
export const useLiteMaxTokens = 128;
const heads = 4;

class GraphBuilder {
  readonly nodes: OnnxNode[] = [];
  readonly initializers: OnnxTensor[] = [];
  private count = 0;

  constant(dims: readonly number[], data: Float32Array | BigInt64Array): string {
    const name = `const_${this.initializers.length}`;
    this.initializers.push({ name, dims, data });
    return name;
  }
  ints(values: readonly number[]): string {
    return this.constant([values.length], BigInt64Array.from(values.map((value) => BigInt(value))));
  }
  scalar(value: number): string {
    return this.constant([], Float32Array.of(value));
  }
  op(op: string, inputs: readonly string[], attributes?: OnnxNode['attributes'], outputCount = 1): string[] {
    const outputs = Array.from({ length: outputCount }, () => `t${this.count++}`);
    this.nodes.push({ op, inputs, outputs, ...(attributes ? { attributes } : {}) });
    return outputs;
  }
  one(op: string, inputs: readonly string[], attributes?: OnnxNode['attributes']): string {
    return this.op(op, inputs, attributes)[0]!;
  }
}

function timingSignal(inverseTimescales: Float32Array): Float32Array {
  const half = inverseTimescales.length;
  const table = new Float32Array(useLiteMaxTokens * 2 * half);
  for (let position = 0; position < useLiteMaxTokens; position += 1) {
    for (let j = 0; j < half; j += 1) {
      const angle = Math.fround(position * inverseTimescales[j]!);
      table[position * 2 * half + j] = Math.sin(angle);
      table[position * 2 * half + half + j] = Math.cos(angle);
    }
  }
  return table;
}

/** Builds the graph; `weights` is the package's model (see loadUseLiteWeights). */
export function buildUseLiteGraph(weights: UseLiteWeights): OnnxGraph {
  const g = new GraphBuilder();
  const weight = (suffix: string): string => {
    const found = weights.tensor(suffix);
    // 1×1 convolution kernels (HWIO) are plain [in, out] matrices.
    const dims = found.shape.length === 4 ? found.shape.slice(2) : found.shape;
    return g.constant(dims, found.data);
  };
  const epsilon = weights.scalar('Layer_1/TransformerLayer/FFN/layer_prepostprocess/layer_norm/Cast/x');
  const layerNorm = (x: string, prefix: string) =>
    g.one(
      'LayerNormalization',
      [x, weight(`${prefix}/layer_norm_scale/ConcatPartitions/concat`), weight(`${prefix}/layer_norm_bias/ConcatPartitions/concat`)],
      {
        axis: -1,
        epsilon: { float: epsilon },
      },
    );
  const dense = (x: string, kernel: string, bias: string) => g.one('Add', [g.one('MatMul', [x, weight(kernel)]), weight(bias)]);

  const embeddings = weight('module/Embeddings_en');
  const inverseTimescales = weights.tensor('AddTimingSignal/TimingSignal/ExpandDims_1').data;
  const timing = g.constant([useLiteMaxTokens, 2 * inverseTimescales.length], timingSignal(inverseTimescales));
  const mask3 = g.one('Unsqueeze', ['mask', g.ints([2])]);
  // Padding keys get -1e9 added to their attention logits: [batch, 1, 1, length].
  const keyBias = g.one('Unsqueeze', [g.one('Mul', [g.one('Sub', [g.scalar(1), 'mask']), g.scalar(-1e9)]), g.ints([1, 2])]);

  const attention = (x: string, layer: number, width: number): string => {
    const stem = `Encode/Layer_${layer}/TransformerLayer`;
    const normed = layerNorm(x, `${stem}/layer_prepostprocess/layer_norm`);
    const qkv = dense(
      normed,
      `${stem}/MultiheadAttention/qkv_transform_single/kernel/part_0`,
      `${stem}/MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat`,
    );
    const [q, k, v] = g.op('Split', [qkv, g.ints([width, width, width])], { axis: -1 }, 3) as [string, string, string];
    const splitShape = g.ints([0, 0, heads, width / heads]);
    const split = (t: string, perm: number[]) => g.one('Transpose', [g.one('Reshape', [t, splitShape])], { perm });
    const scale = g.scalar(weights.scalar(`TransformerStack/Layer_${layer}/TransformerLayer/MultiheadAttention/mul/y`));
    const logits = g.one('Add', [g.one('MatMul', [g.one('Mul', [split(q, [0, 2, 1, 3]), scale]), split(k, [0, 2, 3, 1])]), keyBias]);
    const mixed = g.one('MatMul', [g.one('Softmax', [logits], { axis: -1 }), split(v, [0, 2, 1, 3])]);
    const combined = g.one('Reshape', [g.one('Transpose', [mixed], { perm: [0, 2, 1, 3] }), g.ints([0, 0, width])]);
    return dense(
      combined,
      `${stem}/MultiheadAttention/output_transform_single/kernel/part_0`,
      `${stem}/MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat`,
    );
  };
  const feedForward = (x: string, layer: number): string => {
    const normed = layerNorm(x, `Encode/Layer_${layer}/TransformerLayer/FFN/layer_prepostprocess/layer_norm`);
    const conv = (n: number) =>
      [
        `TransformerStack/Layer_${layer}/TransformerLayer/FFN/conv${n}/Tensordot/Reshape_1`,
        `Encode/Layer_${layer}/TransformerLayer/FFN/conv${n}/bias/ConcatPartitions/concat`,
      ] as const;
    return dense(g.one('Relu', [dense(normed, ...conv(1))]), ...conv(2));
  };

  const embedded = g.one('Gather', [embeddings, 'ids']);
  const input = g.one('Mul', [g.one('Add', [g.one('Add', [embedded, embedded]), g.one('Gather', [timing, 'positions'])]), mask3]);
  const residual0 = dense(
    input,
    'Encode/Layer_0/TransformerLayer/dense/kernel/ConcatPartitions/concat',
    'Encode/Layer_0/TransformerLayer/dense/bias/ConcatPartitions/concat',
  );
  const attended0 = g.one('Add', [attention(input, 0, 256), residual0]);
  const layer0 = g.one('Add', [attended0, feedForward(attended0, 0)]);
  const attended1 = g.one('Add', [attention(layer0, 1, 512), layer0]);
  const layer1 = g.one('Add', [attended1, feedForward(attended1, 1)]);

  const summed = g.one('ReduceSum', [g.one('Mul', [layer1, mask3]), g.ints([1])], { keepdims: 0 });
  const tokens = g.one('Max', [g.one('ReduceSum', ['mask', g.ints([1])], { keepdims: 1 }), g.scalar(1)]);
  const hidden = g.one('Tanh', [
    dense(g.one('Div', [summed, tokens]), 'hidden_layers/tanh_layer_0/weights', 'hidden_layers/tanh_layer_0/bias'),
  ]);
  const squares = g.one('ReduceSum', [g.one('Mul', [hidden, hidden]), g.ints([1])], { keepdims: 1 });
  const floor = g.scalar(weights.scalar('hidden_layers/l2_normalize/Maximum/y'));
  const unit = g.one('Mul', [hidden, g.one('Reciprocal', [g.one('Sqrt', [g.one('Max', [squares, floor])])])]);
  g.nodes.push({ op: 'Identity', inputs: [unit], outputs: ['embeddings'] });

  return {
    name: 'use-lite',
    opset: 17,
    nodes: g.nodes,
    initializers: g.initializers,
    inputs: [
      { name: 'ids', type: 'int64', shape: ['batch', 'length'] },
      { name: 'mask', type: 'float32', shape: ['batch', 'length'] },
      { name: 'positions', type: 'int64', shape: ['length'] },
    ],
    outputs: [{ name: 'embeddings', type: 'float32', shape: ['batch', 512] }],
  };
}
