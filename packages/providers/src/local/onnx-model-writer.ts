/**
 * Writes an ONNX model (the protobuf `ModelProto` of onnx/onnx.proto3) from a list of nodes and float/int64 tensors,
 * so a graph assembled in code can be handed to ONNX Runtime as bytes. Only the fields such a graph needs are
 * written: no documentation strings, no metadata, no sparse or external tensors.
 */

/** A tensor stored in the model (`TensorProto` with raw little-endian data). */
export interface OnnxTensor {
  readonly name: string;
  readonly dims: readonly number[];
  readonly data: Float32Array | BigInt64Array;
}

export type OnnxAttribute = number | readonly number[] | { readonly float: number };

/** One operator (`NodeProto`); integer attributes are numbers or number arrays, float ones `{ float }`. */
export interface OnnxNode {
  readonly op: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attributes?: Readonly<Record<string, OnnxAttribute>>;
}

/** A graph input or output: element type and shape, a string for a dimension named at run time. */
export interface OnnxValue {
  readonly name: string;
  readonly type: 'float32' | 'int64';
  readonly shape: readonly (number | string)[];
}

export interface OnnxGraph {
  readonly name: string;
  readonly opset: number;
  readonly nodes: readonly OnnxNode[];
  readonly initializers: readonly OnnxTensor[];
  readonly inputs: readonly OnnxValue[];
  readonly outputs: readonly OnnxValue[];
}

const elementType = { float32: 1, int64: 7 } as const;
const attributeType = { float: 1, int: 2, ints: 7 } as const;
const encoder = new TextEncoder();

type Part = Uint8Array;

function varint(value: number | bigint): Part {
  // Negative int64 values are written as their 64-bit two's complement, ten bytes long.
  let rest = BigInt.asUintN(64, BigInt(value));
  const bytes: number[] = [];
  do {
    const low = Number(rest & 0x7fn);
    rest >>= 7n;
    bytes.push(rest > 0n ? low | 0x80 : low);
  } while (rest > 0n);
  return Uint8Array.from(bytes);
}

function concat(parts: readonly Part[]): Part {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const tag = (field: number, wireType: 0 | 2 | 5): Part => varint((field << 3) | wireType);
const intField = (field: number, value: number | bigint): Part => concat([tag(field, 0), varint(value)]);
const bytesField = (field: number, bytes: Part): Part => concat([tag(field, 2), varint(bytes.length), bytes]);
const stringField = (field: number, text: string): Part => bytesField(field, encoder.encode(text));

function floatField(field: number, value: number): Part {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setFloat32(0, value, true);
  return concat([tag(field, 5), bytes]);
}

function tensorProto(tensor: OnnxTensor): Part {
  const type = tensor.data instanceof Float32Array ? elementType.float32 : elementType.int64;
  const raw = new Uint8Array(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength);
  return concat([...tensor.dims.map((dim) => intField(1, dim)), intField(2, type), stringField(8, tensor.name), bytesField(9, raw)]);
}

function attributeProto(name: string, value: OnnxAttribute): Part {
  if (typeof value === 'number') return concat([stringField(1, name), intField(3, value), intField(20, attributeType.int)]);
  if ('float' in value) return concat([stringField(1, name), floatField(2, value.float), intField(20, attributeType.float)]);
  const list = value as readonly number[];
  return concat([stringField(1, name), ...list.map((each) => intField(8, each)), intField(20, attributeType.ints)]);
}

function nodeProto(node: OnnxNode, index: number): Part {
  return concat([
    ...node.inputs.map((input) => stringField(1, input)),
    ...node.outputs.map((output) => stringField(2, output)),
    stringField(3, `${node.op}_${index}`),
    stringField(4, node.op),
    ...Object.entries(node.attributes ?? {}).map(([name, value]) => bytesField(5, attributeProto(name, value))),
  ]);
}

function valueInfoProto(value: OnnxValue): Part {
  const dims = value.shape.map((dim) => bytesField(1, typeof dim === 'number' ? intField(1, dim) : stringField(2, dim)));
  const tensorType = concat([intField(1, elementType[value.type]), bytesField(2, concat(dims))]);
  return concat([stringField(1, value.name), bytesField(2, bytesField(1, tensorType))]);
}

/** The serialized `ModelProto`, ready for `InferenceSession.create(bytes)`. */
export function writeOnnxModel(graph: OnnxGraph): Uint8Array {
  const graphProto = concat([
    ...graph.nodes.map((node, index) => bytesField(1, nodeProto(node, index))),
    stringField(2, graph.name),
    ...graph.initializers.map((tensor) => bytesField(5, tensorProto(tensor))),
    ...graph.inputs.map((input) => bytesField(11, valueInfoProto(input))),
    ...graph.outputs.map((output) => bytesField(12, valueInfoProto(output))),
  ]);
  const opsetImport = concat([stringField(1, ''), intField(2, graph.opset)]);
  // IR version 8 is the one that goes with opsets 17–18.
  return concat([intField(1, 8), stringField(2, 'switchboard'), bytesField(8, opsetImport), bytesField(7, graphProto)]);
}
