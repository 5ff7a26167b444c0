#!/usr/bin/env node
// Builds the offline word-vector cache once (about 6 s), so the first test or request that embeds text does not
// pay for the conversion of the 300 MB package JSON. Safe to run again: an existing cache is only loaded.
import { cacheDir, loadWordVectors } from '@switchboard/providers';

const started = performance.now();
const vectors = loadWordVectors(cacheDir(), { onProgress: (message) => console.log(message) });
console.log(`word vectors ready: ${vectors.size} words, ${Math.round(performance.now() - started)} ms (${cacheDir()})`);
