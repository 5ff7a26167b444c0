/** MurmurHash3 x86_32 (Austin Appleby, public domain) over a string's UTF-8 bytes. */

/**
 * The 32-bit MurmurHash3 of the UTF-8 encoding of `text`, as an unsigned integer. Chosen for assignment over core's
 * FNV-1a digest because its finalizer avalanches: every input bit flips each output bit with probability ~½. FNV-1a
 * does not, and fails where assignment needs it: over the ids customer-0…customer-99999, its positions in [0, 1)
 * give χ² ≈ 2250 on 999 degrees of freedom in 1,000 buckets, and the 50/50 splits of two salts agree for 47.8% of
 * units instead of half (assign-arm.test.ts checks both for this hash). Matches the reference implementation
 * (SMHasher's MurmurHash3_x86_32; Python's mmh3.hash(…, signed=False)).
 */
export function murmur3(text: string, seed = 0): number {
  const bytes = utf8(text);
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  let h = seed >>> 0;
  const blocks = bytes.length - (bytes.length % 4);
  for (let i = 0; i < blocks; i += 4) {
    let k = (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) | ((bytes[i + 2] ?? 0) << 16) | ((bytes[i + 3] ?? 0) << 24);
    k = Math.imul(rotateLeft(Math.imul(k, c1), 15), c2);
    h = Math.imul(rotateLeft(h ^ k, 13), 5) + 0xe6546b64;
  }
  let tail = 0;
  switch (bytes.length % 4) {
    case 3:
      tail ^= (bytes[blocks + 2] ?? 0) << 16;
    // falls through
    case 2:
      tail ^= (bytes[blocks + 1] ?? 0) << 8;
    // falls through
    case 1:
      tail ^= bytes[blocks] ?? 0;
      h ^= Math.imul(rotateLeft(Math.imul(tail, c1), 15), c2);
  }
  h ^= bytes.length;
  // fmix32: the finalizer that gives the avalanche.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function rotateLeft(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits));
}

/** UTF-8 bytes of a string (lone surrogates as U+FFFD, as TextEncoder does), without relying on a host global. */
function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (const character of text) {
    let code = character.codePointAt(0) ?? 0xfffd;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return bytes;
}
