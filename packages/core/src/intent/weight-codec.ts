/** Packs float weights as base64 int16 with one scale, so model files stay a quarter of their JSON-number size. */

export interface EncodedWeights {
  readonly encoding: 'int16-base64';
  readonly length: number;
  /** Multiply a stored integer by this to get the weight back. */
  readonly scale: number;
  readonly data: string;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const lookup = new Int16Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i++) lookup[alphabet.charCodeAt(i)] = i;

// Own base64 because core may not use Buffer; chunks of 3 bytes become 4 characters.
function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    chunk += alphabet[a >> 2]! + alphabet[((a & 3) << 4) | (b >> 4)]!;
    chunk += i + 1 < bytes.length ? alphabet[((b & 15) << 2) | (c >> 6)]! : '=';
    chunk += i + 2 < bytes.length ? alphabet[c & 63]! : '=';
    if (chunk.length >= 65_536) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let out = 0;
  for (let i = 0; i < clean.length; i++) {
    const value = lookup[clean.charCodeAt(i)] ?? -1;
    if (value < 0) throw new Error(`invalid base64 character at offset ${i}`);
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 255;
    }
  }
  return bytes;
}

export function encodeWeights(weights: Float32Array): EncodedWeights {
  let max = 0;
  for (const value of weights) max = Math.max(max, Math.abs(value));
  const scale = max > 0 ? max / 32767 : 1;
  const packed = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) packed[i] = Math.round(weights[i]! / scale);
  const bytes = new Uint8Array(packed.buffer);
  return { encoding: 'int16-base64', length: weights.length, scale, data: toBase64(bytes) };
}

export function decodeWeights(encoded: EncodedWeights): Float32Array {
  const bytes = fromBase64(encoded.data);
  if (bytes.length !== encoded.length * 2) throw new Error(`expected ${encoded.length} weights, found ${bytes.length / 2}`);
  const packed = new Int16Array(bytes.buffer, bytes.byteOffset, encoded.length);
  const weights = new Float32Array(encoded.length);
  for (let i = 0; i < packed.length; i++) weights[i] = packed[i]! * encoded.scale;
  return weights;
}
