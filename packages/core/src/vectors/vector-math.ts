/** Small dense-vector helpers over Float32Array. */

export function dot(a: Float32Array, b: Float32Array, bOffset = 0): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[bOffset + i]!;
  return sum;
}

/** Scales a vector to unit length in place (a zero vector stays zero). */
export function normalize(vector: Float32Array): Float32Array {
  const norm = Math.sqrt(dot(vector, vector));
  if (norm > 0) for (let i = 0; i < vector.length; i += 1) vector[i]! /= norm;
  return vector;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  const denominator = Math.sqrt(dot(a, a) * dot(b, b));
  return denominator === 0 ? 0 : dot(a, b) / denominator;
}

/**
 * The first principal component of a set of vectors (uncentred, as SIF's common-component removal uses),
 * by power iteration on XᵀX without forming it.
 */
export function firstPrincipalComponent(vectors: readonly Float32Array[], iterations = 30): Float32Array | null {
  const dimensions = vectors[0]?.length ?? 0;
  if (dimensions === 0 || vectors.length < 2) return null;
  let u: Float32Array = new Float32Array(dimensions).fill(1 / Math.sqrt(dimensions));
  for (let step = 0; step < iterations; step += 1) {
    const next = new Float32Array(dimensions);
    for (const vector of vectors) {
      const projection = dot(vector, u);
      for (let d = 0; d < dimensions; d += 1) next[d]! += projection * vector[d]!;
    }
    u = normalize(next);
  }
  return u;
}

/** Removes the component along unit vector `u` in place: v − (v·u)u. */
export function removeComponent(vector: Float32Array, u: Float32Array): Float32Array {
  const projection = dot(vector, u);
  for (let d = 0; d < vector.length; d += 1) vector[d]! -= projection * u[d]!;
  return vector;
}
