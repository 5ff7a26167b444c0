/** FNV-1a, twice with different seeds: a short (16 hex digits), deterministic, dependency-free digest of a text. */
export function fnvDigest(text: string): string {
  return `${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x2f0b3c1d)}`;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
