/** Vectors: exact and IVF vector indexes and vector maths. */
export { VectorIndex, type VectorHit, type VectorQuantization } from './vector-index.js';
export { dot, normalize, cosine, firstPrincipalComponent, removeComponent } from './vector-math.js';
