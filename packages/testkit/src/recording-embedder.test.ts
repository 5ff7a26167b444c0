import { embedderContract } from './embedder-contract.js';
import { recordingEmbedder } from './recording-embedder.js';

/** Characters counted into 8 buckets: distinct for distinct texts, the same for the same text. */
const vectorOf = (text: string): Float32Array => {
  const vector = new Float32Array(8);
  for (const [i, char] of [...text].entries()) vector[(char.codePointAt(0)! + i) % 8]! += 1;
  return vector;
};

embedderContract('recordingEmbedder (testkit mock)', async () => ({ embedder: recordingEmbedder({ dimensions: 8, vectorOf }) }));
