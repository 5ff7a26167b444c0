/**
 * BM25F (Robertson & Zaragoza, 2009): per-field term frequencies are length-normalised,
 * weighted and summed before one saturation, so a term repeated across fields is not counted twice.
 *
 * Writes go to per-document term lists (sorted term ids and their per-field frequencies, two typed arrays a
 * document, so 100k documents are 200k small objects rather than millions of map entries for the collector to walk);
 * the first search after a change compiles them into flat typed-array postings, so a query touches contiguous memory
 * and allocates nothing per matching document.
 */

export interface Bm25fField {
  /** Multiplier of the field's normalised term frequency. */
  readonly weight: number;
  /** Length normalisation, 0 (none) to 1 (full). */
  readonly b: number;
}

export interface Bm25fOptions {
  /** Term-frequency saturation. */
  readonly k1: number;
  readonly fields: Readonly<Record<string, Bm25fField>>;
}

export interface Bm25fHit {
  readonly id: string;
  readonly score: number;
  /** The score split by field, in proportion to each field's share of the pseudo-frequency. */
  readonly fieldScores: Record<string, number>;
}

/** Flat postings of one term: document slots and their per-field frequencies (slot-major). */
interface CompiledPostings {
  readonly slots: Int32Array;
  readonly frequencies: Float32Array;
}

/** One document's distinct terms: ids in ascending order and their frequencies per field (term-major). */
interface DocumentTerms {
  readonly termIds: Int32Array;
  readonly frequencies: Float32Array;
}

export class Bm25fIndex {
  readonly fieldNames: readonly string[];
  private readonly weights: Float64Array;
  private readonly bs: Float64Array;
  private readonly k1: number;
  private readonly fieldCount: number;
  /** Per slot: the document's terms; null once removed. */
  private readonly documents: (DocumentTerms | null)[] = [];
  /** Term dictionary: ids are never reused, so a document's ids stay valid while terms come and go. */
  private readonly termIds = new Map<string, number>();
  private readonly termNames: string[] = [];
  private readonly ids: (string | null)[] = [];
  private readonly slotOfId = new Map<string, number>();
  private lengths = new Float64Array(0);
  private readonly totalLength: Float64Array;
  private readonly documentFrequency = new Map<string, number>();
  private liveCount = 0;
  /** Postings by term id, built on the first search after a change. */
  private compiled: (CompiledPostings | undefined)[] | null = null;
  private scores = new Float64Array(0);
  /** Slots scored by the current query; reused across queries so a search allocates no per-document garbage. */
  private touched = new Int32Array(0);

  constructor(options: Bm25fOptions) {
    this.fieldNames = Object.keys(options.fields);
    this.fieldCount = this.fieldNames.length;
    this.weights = Float64Array.from(this.fieldNames.map((name) => options.fields[name]!.weight));
    this.bs = Float64Array.from(this.fieldNames.map((name) => options.fields[name]!.b));
    this.k1 = options.k1;
    this.totalLength = new Float64Array(this.fieldCount);
  }

  get size(): number {
    return this.liveCount;
  }

  has(id: string): boolean {
    return this.slotOfId.has(id);
  }

  /** Adds a document; replaces it when the id is already indexed. */
  add(id: string, fields: Readonly<Record<string, readonly string[]>>): void {
    if (this.slotOfId.has(id)) this.remove(id);
    const slot = this.ids.length;
    this.ids.push(id);
    this.slotOfId.set(id, slot);
    if (this.lengths.length < (slot + 1) * this.fieldCount) {
      const grown = new Float64Array(Math.max((slot + 1) * this.fieldCount, this.lengths.length * 2));
      grown.set(this.lengths);
      this.lengths = grown;
    }
    const F = this.fieldCount;
    const rows = new Map<number, Float32Array>();
    this.fieldNames.forEach((field, f) => {
      const tokens = fields[field] ?? [];
      this.lengths[slot * F + f] = tokens.length;
      this.totalLength[f]! += tokens.length;
      for (const term of tokens) {
        const termId = this.termIdOf(term);
        let row = rows.get(termId);
        if (!row) rows.set(termId, (row = new Float32Array(F)));
        row[f]! += 1;
      }
    });
    const termIds = Int32Array.from(rows.keys()).sort();
    const frequencies = new Float32Array(termIds.length * F);
    termIds.forEach((termId, k) => {
      frequencies.set(rows.get(termId)!, k * F);
      const term = this.termNames[termId]!;
      this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    });
    this.documents.push({ termIds, frequencies });
    this.liveCount += 1;
    this.compiled = null;
  }

  remove(id: string): boolean {
    const slot = this.slotOfId.get(id);
    if (slot === undefined) return false;
    this.slotOfId.delete(id);
    this.ids[slot] = null;
    for (let f = 0; f < this.fieldCount; f += 1) this.totalLength[f]! -= this.lengths[slot * this.fieldCount + f]!;
    for (const termId of this.documents[slot]!.termIds) {
      const term = this.termNames[termId]!;
      const df = (this.documentFrequency.get(term) ?? 1) - 1;
      if (df === 0) this.documentFrequency.delete(term);
      else this.documentFrequency.set(term, df);
    }
    this.documents[slot] = null;
    this.liveCount -= 1;
    this.compiled = null;
    return true;
  }

  /** True when at least one indexed document contains the term. */
  hasTerm(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /** Inverse document frequency, BM25's "plus one" form so it is never negative. */
  idf(term: string): number {
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5));
  }

  /** Scores every document matching at least one query term; returns the best `limit`. */
  rankTerms(queryTerms: readonly string[], limit: number, accept?: (id: string) => boolean): Bm25fHit[] {
    const postings = this.compile();
    const queryCounts = new Map<string, number>();
    for (const term of queryTerms) queryCounts.set(term, (queryCounts.get(term) ?? 0) + 1);
    const F = this.fieldCount;
    const norms = this.norms ?? (this.norms = this.lengthNormalisers());
    if (this.scores.length < this.ids.length) this.scores = new Float64Array(this.ids.length);
    const scores = this.scores;
    if (this.touched.length < this.ids.length) this.touched = new Int32Array(this.ids.length);
    const touched = this.touched;
    let touchedCount = 0;
    for (const [term, queryCount] of queryCounts) {
      const termId = this.termIds.get(term);
      const list = termId === undefined ? undefined : postings[termId];
      if (!list) continue;
      const idf = this.idf(term) * queryCount;
      const { slots, frequencies } = list;
      for (let p = 0; p < slots.length; p += 1) {
        const slot = slots[p]!;
        let pseudo = 0;
        for (let f = 0; f < F; f += 1) {
          const tf = frequencies[p * F + f]!;
          if (tf !== 0) pseudo += tf * norms[slot * F + f]!;
        }
        if (pseudo === 0) continue;
        if (scores[slot] === 0) touched[touchedCount++] = slot;
        scores[slot]! += (idf * pseudo * (this.k1 + 1)) / (this.k1 + pseudo);
      }
    }
    const best = topSlots(scores, touched, touchedCount, limit, accept ? (slot) => accept(this.ids[slot]!) : undefined);
    const hits = best.map((slot) => ({
      id: this.ids[slot]!,
      score: scores[slot]!,
      fieldScores: this.fieldBreakdown(slot, queryCounts, norms),
    }));
    for (let i = 0; i < touchedCount; i += 1) scores[touched[i]!] = 0;
    return hits;
  }

  /** weight_f / (1 − b_f + b_f · len_f / avg_f) per slot and field, for the current lengths. */
  private lengthNormalisers(): Float64Array {
    const F = this.fieldCount;
    const averages = Array.from(this.totalLength, (total) => (this.liveCount === 0 ? 1 : total / this.liveCount || 1));
    const norms = new Float64Array(this.ids.length * F);
    for (let slot = 0; slot < this.ids.length; slot += 1) {
      if (this.ids[slot] === null) continue;
      for (let f = 0; f < F; f += 1)
        norms[slot * F + f] = this.weights[f]! / (1 - this.bs[f]! + (this.bs[f]! * this.lengths[slot * F + f]!) / averages[f]!);
    }
    return norms;
  }

  /** Splits one document's score by field (only computed for the results returned). */
  private fieldBreakdown(slot: number, queryCounts: ReadonlyMap<string, number>, norms: Float64Array): Record<string, number> {
    const F = this.fieldCount;
    const parts = new Float64Array(F);
    const document = this.documents[slot]!;
    for (const [term, queryCount] of queryCounts) {
      const termId = this.termIds.get(term);
      const k = termId === undefined ? -1 : indexOfSorted(document.termIds, termId);
      if (k < 0) continue;
      const row = document.frequencies.subarray(k * F, (k + 1) * F);
      let pseudo = 0;
      for (let f = 0; f < F; f += 1) pseudo += row[f]! * norms[slot * F + f]!;
      if (pseudo === 0) continue;
      const contribution = (this.idf(term) * queryCount * pseudo * (this.k1 + 1)) / (this.k1 + pseudo);
      for (let f = 0; f < F; f += 1) parts[f]! += (contribution * row[f]! * norms[slot * F + f]!) / pseudo;
    }
    return Object.fromEntries(this.fieldNames.map((name, f) => [name, parts[f]!]));
  }

  private termIdOf(term: string): number {
    let termId = this.termIds.get(term);
    if (termId === undefined) {
      termId = this.termNames.length;
      this.termIds.set(term, termId);
      this.termNames.push(term);
    }
    return termId;
  }

  private compile(): (CompiledPostings | undefined)[] {
    if (this.compiled) return this.compiled;
    const F = this.fieldCount;
    const counts = new Int32Array(this.termNames.length);
    for (const document of this.documents) if (document) for (const termId of document.termIds) counts[termId]! += 1;
    const compiled: (CompiledPostings | undefined)[] = Array.from(counts, (count) =>
      count === 0 ? undefined : { slots: new Int32Array(count), frequencies: new Float32Array(count * F) },
    );
    const fill = new Int32Array(this.termNames.length);
    this.documents.forEach((document, slot) => {
      if (!document) return;
      document.termIds.forEach((termId, k) => {
        const list = compiled[termId]!;
        const at = fill[termId]!++;
        list.slots[at] = slot;
        list.frequencies.set(document.frequencies.subarray(k * F, (k + 1) * F), at * F);
      });
    });
    this.compiled = compiled;
    this.norms = null;
    return compiled;
  }

  /** Cached length normalisers; recomputed after the postings are recompiled. */
  private norms: Float64Array | null = null;
}

/** Slots with the k highest scores, best first; ties broken by slot for determinism. */
function topSlots(scores: Float64Array, touched: Int32Array, count: number, k: number, accept?: (slot: number) => boolean): number[] {
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const swap = (i: number, j: number): void => {
    [heap[i], heap[j]] = [heap[j]!, heap[i]!];
  };
  for (let t = 0; t < count; t += 1) {
    const slot = touched[t]!;
    if (heap.length === k && !worse(heap[0]!, slot)) continue;
    if (accept && !accept(slot)) continue;
    if (heap.length < k) {
      heap.push(slot);
      for (let i = heap.length - 1; i > 0 && worse(heap[i]!, heap[(i - 1) >> 1]!); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else {
      heap[0] = slot;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    }
  }
  return heap.sort((a, b) => scores[b]! - scores[a]! || a - b);
}

/** Position of `value` in an ascending array, or -1. */
function indexOfSorted(values: Int32Array, value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = values[middle]!;
    if (at === value) return middle;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
