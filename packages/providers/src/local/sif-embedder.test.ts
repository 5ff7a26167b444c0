import { embedderContract } from '@switchboard/testkit';
import { cacheDir } from '../resolve-embedder.js';
import { createSifEmbedder } from './sif-embedder.js';
import { loadWordVectors, type WordVectors } from './word-vectors.js';

// The GloVe vectors of the npm package, from the same cache the CLI uses (built on first use, about 20 s once).
let vectors: WordVectors | undefined;
embedderContract('SIF over GloVe 100-d (local:glove-100d-sif)', async () => ({
  embedder: createSifEmbedder((vectors ??= loadWordVectors(cacheDir()))),
}));
