/**
 * Exact cosine search over contiguous typed arrays: Float32 or int8-quantised rows.
 * Vectors are normalised on insert so a dot product is the cosine.
 */
import { seededRandom } from '../intent/seeded-random.js';
import { dot, normalize } from './vector-math.js';

export type VectorQuantization = 'float32' | 'int8';

export interface VectorHit {
  readonly id: string;
  readonly score: number;
}

export class VectorIndex {
  readonly dimensions: number;
  readonly quantization: VectorQuantization;
  private ids: string[] = [];
  private readonly rowOf = new Map<string, number>();
  private floats: Float32Array;
  private bytes: Int8Array;
  private scales: Float32Array;
  /** Inverted-file partitions (approximate search), present once `partition` ran. */
  private centroids: Float32Array | null = null;
  private assignments = new Int32Array(0);
  private probes = 0;
  private cellIndex: { starts: Int32Array; rows: Int32Array } | null = null;

  constructor(dimensions: number, quantization: VectorQuantization = 'float32') {
    this.dimensions = dimensions;
    this.quantization = quantization;
    this.floats = new Float32Array(quantization === 'float32' ? dimensions * 1024 : 0);
    this.bytes = new Int8Array(quantization === 'int8' ? dimensions * 1024 : 0);
    this.scales = new Float32Array(quantization === 'int8' ? 1024 : 0);
  }

  get size(): number {
    return this.ids.length;
  }

  /** 'ivf' once partitioned, else 'exact'. */
  get searchKind(): 'exact' | 'ivf' {
    return this.centroids ? 'ivf' : 'exact';
  }

  add(id: string, vector: Float32Array): void {
    if (vector.length !== this.dimensions) throw new Error(`vector for ${id} has ${vector.length} dimensions, expected ${this.dimensions}`);
    if (this.rowOf.has(id)) this.remove(id);
    const row = this.ids.length;
    this.grow(row + 1);
    const unit = normalize(Float32Array.from(vector));
    if (this.quantization === 'float32') this.floats.set(unit, row * this.dimensions);
    else {
      let max = 0;
      for (const value of unit) max = Math.max(max, Math.abs(value));
      const scale = max / 127 || 1;
      for (let d = 0; d < this.dimensions; d += 1) this.bytes[row * this.dimensions + d] = Math.round(unit[d]! / scale);
      this.scales[row] = scale;
    }
    this.ids.push(id);
    this.rowOf.set(id, row);
    if (this.centroids) {
      if (this.assignments.length <= row) {
        const grown = new Int32Array(Math.max(row + 1, this.assignments.length * 2));
        grown.set(this.assignments);
        this.assignments = grown;
      }
      this.assignments[row] = this.nearestCentroid(unit);
      this.cellIndex = null;
    }
  }

  /** Removes by moving the last row into the hole, keeping storage contiguous. */
  remove(id: string): boolean {
    const row = this.rowOf.get(id);
    if (row === undefined) return false;
    const last = this.ids.length - 1;
    const lastId = this.ids[last]!;
    if (row !== last) {
      if (this.quantization === 'float32')
        this.floats.copyWithin(row * this.dimensions, last * this.dimensions, (last + 1) * this.dimensions);
      else {
        this.bytes.copyWithin(row * this.dimensions, last * this.dimensions, (last + 1) * this.dimensions);
        this.scales[row] = this.scales[last]!;
      }
      this.ids[row] = lastId;
      this.rowOf.set(lastId, row);
      if (this.centroids) this.assignments[row] = this.assignments[last]!;
      this.cellIndex = null;
    }
    this.ids.pop();
    this.rowOf.delete(id);
    return true;
  }

  /** The `limit` rows most similar to the query (cosine), best first. */
  nearest(query: Float32Array, limit: number, accept?: (id: string) => boolean): VectorHit[] {
    const unit = normalize(Float32Array.from(query));
    const count = this.ids.length;
    const dims = this.dimensions;
    const probed = this.probedPartitions(unit);
    if (probed && this.quantization === 'float32') {
      // Approximate path: score and select among the probed cells' rows only.
      const rows = this.rowsOfCells(probed);
      const local = new Float32Array(rows.length);
      for (let i = 0; i < rows.length; i += 1) local[i] = dot(unit, this.floats, rows[i]! * dims);
      return topK(local, limit, (i) => (accept ? accept(this.ids[rows[i]!]!) : true)).map((i) => ({
        id: this.ids[rows[i]!]!,
        score: local[i]!,
      }));
    }
    // Only the exact path needs a score per row; the approximate path above allocates per probed row.
    const scores = new Float32Array(count).fill(-Infinity);
    if (this.quantization === 'float32') {
      if (probed) {
        for (const row of this.rowsOfCells(probed)) scores[row] = dot(unit, this.floats, row * dims);
      } else for (let row = 0; row < count; row += 1) scores[row] = dot(unit, this.floats, row * dims);
    } else {
      for (let row = 0; row < count; row += 1) {
        if (probed && !probed[this.assignments[row]!]) continue;
        let sum = 0;
        const offset = row * dims;
        for (let d = 0; d < dims; d += 1) sum += unit[d]! * this.bytes[offset + d]!;
        scores[row] = sum * this.scales[row]!;
      }
    }
    return topK(scores, limit, (row) => scores[row] !== -Infinity && (accept ? accept(this.ids[row]!) : true)).map((row) => ({
      id: this.ids[row]!,
      score: scores[row]!,
    }));
  }

  /**
   * Switches to approximate search: k-means (spherical, seeded) splits the rows into `partitions` cells and a
   * query scans only the `probes` cells whose centroids are nearest. Rows added later join their nearest cell.
   */
  partition(partitions: number, probes: number, options: { sample?: number; iterations?: number; seed?: number } = {}): void {
    const count = this.ids.length;
    const dims = this.dimensions;
    if (count < partitions * 4) return;
    const random = seededRandom(options.seed ?? 1);
    const sample = Array.from({ length: Math.min(count, options.sample ?? 10_000) }, () => Math.floor(random() * count));
    const centroids = new Float32Array(partitions * dims);
    for (let c = 0; c < partitions; c += 1) centroids.set(this.rowVector(sample[Math.floor(random() * sample.length)]!), c * dims);
    this.centroids = centroids;
    for (let iteration = 0; iteration < (options.iterations ?? 8); iteration += 1) {
      const sums = new Float32Array(partitions * dims);
      for (const row of sample) {
        const vector = this.rowVector(row);
        const c = this.nearestCentroid(vector);
        for (let d = 0; d < dims; d += 1) sums[c * dims + d]! += vector[d]!;
      }
      for (let c = 0; c < partitions; c += 1) {
        const centroid = normalize(sums.subarray(c * dims, (c + 1) * dims));
        if (centroid.some((value) => value !== 0)) centroids.set(centroid, c * dims);
      }
    }
    this.assignments = new Int32Array(Math.max(count, 1024));
    for (let row = 0; row < count; row += 1) this.assignments[row] = this.nearestCentroid(this.rowVector(row));
    this.probes = Math.min(partitions, probes);
    this.cellIndex = null;
  }

  private rowVector(row: number): Float32Array {
    const dims = this.dimensions;
    if (this.quantization === 'float32') return this.floats.subarray(row * dims, (row + 1) * dims);
    return Float32Array.from(this.bytes.subarray(row * dims, (row + 1) * dims), (value) => value * this.scales[row]!);
  }

  private nearestCentroid(vector: Float32Array): number {
    const centroids = this.centroids!;
    const dims = this.dimensions;
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < centroids.length / dims; c += 1) {
      const score = dot(vector, centroids, c * dims);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  /** Rows in the probed cells, from a cell index rebuilt lazily after adds and removes. */
  private rowsOfCells(probed: Uint8Array): Int32Array {
    if (!this.cellIndex) this.cellIndex = this.buildCellIndex();
    const { starts, rows } = this.cellIndex;
    let total = 0;
    for (let c = 0; c < probed.length; c += 1) if (probed[c]) total += starts[c + 1]! - starts[c]!;
    const out = new Int32Array(total);
    let fill = 0;
    for (let c = 0; c < probed.length; c += 1) {
      if (!probed[c]) continue;
      out.set(rows.subarray(starts[c]!, starts[c + 1]!), fill);
      fill += starts[c + 1]! - starts[c]!;
    }
    return out;
  }

  /** Rows grouped by cell (a counting sort over the assignment table). */
  private buildCellIndex(): { starts: Int32Array; rows: Int32Array } {
    const cells = this.centroids!.length / this.dimensions;
    const count = this.ids.length;
    const starts = new Int32Array(cells + 1);
    for (let row = 0; row < count; row += 1) starts[this.assignments[row]! + 1]! += 1;
    for (let c = 0; c < cells; c += 1) starts[c + 1]! += starts[c]!;
    const next = starts.slice(0, cells);
    const rows = new Int32Array(count);
    for (let row = 0; row < count; row += 1) rows[next[this.assignments[row]!]!++] = row;
    return { starts, rows };
  }

  /** Which partitions a query scans, or null for exact search. */
  private probedPartitions(unit: Float32Array): Uint8Array | null {
    if (!this.centroids) return null;
    const dims = this.dimensions;
    const partitions = this.centroids.length / dims;
    const scores = new Float32Array(partitions);
    for (let c = 0; c < partitions; c += 1) scores[c] = dot(unit, this.centroids, c * dims);
    const probed = new Uint8Array(partitions);
    for (const c of topK(scores, this.probes, () => true)) probed[c] = 1;
    return probed;
  }

  private grow(rows: number): void {
    const capacity = this.quantization === 'float32' ? this.floats.length / this.dimensions : this.scales.length;
    if (rows <= capacity) return;
    const next = Math.max(rows, capacity * 2);
    if (this.quantization === 'float32') {
      const floats = new Float32Array(next * this.dimensions);
      floats.set(this.floats);
      this.floats = floats;
    } else {
      const bytes = new Int8Array(next * this.dimensions);
      bytes.set(this.bytes);
      this.bytes = bytes;
      const scales = new Float32Array(next);
      scales.set(this.scales);
      this.scales = scales;
    }
  }
}

/** Indices of the k largest scores, best first, via a small binary min-heap. */
function topK(scores: Float32Array, k: number, accept: (row: number) => boolean): number[] {
  const heap: number[] = [];
  const less = (a: number, b: number): boolean => scores[a]! < scores[b]!;
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let row = 0; row < scores.length; row += 1) {
    if (heap.length === k && scores[row]! <= scores[heap[0]!]!) continue;
    if (!accept(row)) continue;
    if (heap.length < k) {
      heap.push(row);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!less(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else {
      heap[0] = row;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => scores[b]! - scores[a]!);
}
