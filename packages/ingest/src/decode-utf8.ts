/** Strict UTF-8 decoding that names the line of the first invalid byte. */
import { SwitchboardError } from '@switchboard/spec';

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(path: string, bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch (error) {
    const offset = firstInvalidOffset(bytes);
    const line = bytes.subarray(0, offset).reduce((count, byte) => count + (byte === 0x0a ? 1 : 0), 1);
    throw new SwitchboardError(
      'INGEST_FILE_INVALID',
      `${path}: not valid UTF-8 text (first invalid byte at offset ${offset}, line ${line}); re-save the file as UTF-8`,
      {
        cause: error,
        details: { file: path, line, offset },
      },
    );
  }
}

function firstInvalidOffset(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i]!;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
