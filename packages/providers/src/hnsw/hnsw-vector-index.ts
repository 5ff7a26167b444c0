/**
 * Approximate nearest-neighbour search by HNSW (Malkov & Yashunin, 2018) from `hnswlib-node`, the Node binding of
 * the reference C++ hnswlib, built from source at install (no download). Vectors arrive unit-length, so the
 * inner-product space gives cosine similarity as 1 − distance.
 */
import { createRequire } from 'node:module';
import { SwitchboardError, type ApproximateIndexFactory, type ApproximateVectorIndex, type VectorMatch } from '@switchboard/spec';

export interface HnswSettings {
  /** Links per node; 16 is hnswlib's usual choice for 100–300 dimensions. */
  readonly m?: number;
  /** Candidate list while inserting: higher builds slower and finds better neighbours. */
  readonly efConstruction?: number;
  /** Candidate list while searching (raised to the number asked for when that is larger). */
  readonly efSearch?: number;
  readonly seed?: number;
}

interface NativeIndex {
  initIndex(maxElements: number, m?: number, efConstruction?: number, randomSeed?: number, allowReplaceDeleted?: boolean): void;
  resizeIndex(newMaxElements: number): void;
  getMaxElements(): number;
  addPoint(point: number[], label: number, replaceDeleted?: boolean): void;
  markDelete(label: number): void;
  setEf(ef: number): void;
  searchKnn(query: number[], k: number, filter?: (label: number) => boolean): { distances: number[]; neighbors: number[] };
}

type NativeConstructor = new (space: 'ip' | 'cosine' | 'l2', dimensions: number) => NativeIndex;

const require = createRequire(import.meta.url);

function loadNative(): NativeConstructor {
  try {
    return (require('hnswlib-node') as { HierarchicalNSW: NativeConstructor }).HierarchicalNSW;
  } catch (error) {
    throw new SwitchboardError(
      'CONFIG_INVALID',
      `the HNSW vector index needs the native package hnswlib-node (npm install hnswlib-node): ${(error as Error).message}`,
    );
  }
}

/** True when hnswlib-node loads here (it is a native addon built at install). */
export function hnswAvailable(): boolean {
  try {
    loadNative();
    return true;
  } catch {
    return false;
  }
}

class HnswVectorIndex implements ApproximateVectorIndex {
  readonly kind = 'hnsw';
  private native!: NativeIndex;
  private labelOf = new Map<string, number>();
  private idOf: (string | undefined)[] = [];
  private live = 0;

  constructor(
    private readonly Native: NativeConstructor,
    private readonly dimensions: number,
    private readonly settings: Required<HnswSettings>,
  ) {
    this.reset(1024);
  }

  build(entries: readonly { id: string; vector: Float32Array }[]): void {
    this.reset(Math.max(1024, entries.length));
    for (const entry of entries) this.add(entry.id, entry.vector);
  }

  add(id: string, vector: Float32Array): void {
    if (vector.length !== this.dimensions)
      throw new SwitchboardError('VALIDATION_FAILED', `vector for ${id} has ${vector.length} dimensions, expected ${this.dimensions}`);
    this.remove(id);
    const label = this.idOf.length;
    if (label >= this.native.getMaxElements()) this.native.resizeIndex(label * 2);
    this.native.addPoint(Array.from(vector), label);
    this.idOf.push(id);
    this.labelOf.set(id, label);
    this.live += 1;
  }

  remove(id: string): void {
    const label = this.labelOf.get(id);
    if (label === undefined) return;
    this.native.markDelete(label);
    this.labelOf.delete(id);
    this.idOf[label] = undefined;
    this.live -= 1;
  }

  nearest(query: Float32Array, limit: number, accept?: (id: string) => boolean): VectorMatch[] {
    const k = Math.min(limit, this.live);
    if (k === 0) return [];
    this.native.setEf(Math.max(this.settings.efSearch, k));
    const filter = accept ? (label: number) => accept(this.idOf[label]!) : undefined;
    const { distances, neighbors } = this.native.searchKnn(Array.from(query), k, filter);
    return neighbors.map((label, i) => ({ id: this.idOf[label]!, score: 1 - distances[i]! }));
  }

  private reset(capacity: number): void {
    this.native = new this.Native('ip', this.dimensions);
    this.native.initIndex(capacity, this.settings.m, this.settings.efConstruction, this.settings.seed);
    this.labelOf = new Map();
    this.idOf = [];
    this.live = 0;
  }
}

/** A factory for core's DenseIndex (`approximate` option); throws a clear error when hnswlib-node is missing. */
export function createHnswIndexFactory(settings: HnswSettings = {}): ApproximateIndexFactory {
  const Native = loadNative();
  const resolved: Required<HnswSettings> = {
    m: settings.m ?? 16,
    efConstruction: settings.efConstruction ?? 100,
    efSearch: settings.efSearch ?? 64,
    seed: settings.seed ?? 100,
  };
  return (dimensions) => new HnswVectorIndex(Native, dimensions, resolved);
}
