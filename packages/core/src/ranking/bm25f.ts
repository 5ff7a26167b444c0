/**
 * BM25F (Robertson & Zaragoza, 2009): per-field term frequencies are length-normalised,
 * weighted and summed before one saturation, so a term repeated across fields is not counted twice.
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

interface Posting {
  readonly slot: number;
  /** Term frequency per field, in the order of `fieldNames`. */
  readonly frequencies: Float64Array;
}

/** An in-memory inverted index scored with BM25F. Terms are supplied pre-analysed. */
export class Bm25fIndex {
  readonly fieldNames: readonly string[];
  private readonly weights: Float64Array;
  private readonly bs: Float64Array;
  private readonly k1: number;
  private readonly postings = new Map<string, Posting[]>();
  private readonly documentFrequency = new Map<string, number>();
  private readonly slotOfId = new Map<string, number>();
  private readonly ids: (string | null)[] = [];
  private readonly lengths: Float64Array[] = [];
  private readonly termsOfSlot: (string[] | null)[] = [];
  private readonly totalLength: Float64Array;
  private liveCount = 0;
  private deadPostings = 0;

  constructor(options: Bm25fOptions) {
    this.fieldNames = Object.keys(options.fields);
    this.weights = Float64Array.from(this.fieldNames.map((name) => options.fields[name]!.weight));
    this.bs = Float64Array.from(this.fieldNames.map((name) => options.fields[name]!.b));
    this.k1 = options.k1;
    this.totalLength = new Float64Array(this.fieldNames.length);
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
    const lengths = new Float64Array(this.fieldNames.length);
    const frequencies = new Map<string, Float64Array>();
    this.fieldNames.forEach((field, fieldIndex) => {
      const terms = fields[field] ?? [];
      lengths[fieldIndex] = terms.length;
      this.totalLength[fieldIndex]! += terms.length;
      for (const term of terms) {
        let row = frequencies.get(term);
        if (!row) frequencies.set(term, (row = new Float64Array(this.fieldNames.length)));
        row[fieldIndex]! += 1;
      }
    });
    this.lengths.push(lengths);
    this.termsOfSlot.push([...frequencies.keys()]);
    for (const [term, row] of frequencies) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push({ slot, frequencies: row });
      this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.liveCount += 1;
  }

  /** Removes a document; postings are swept lazily once enough are dead. */
  remove(id: string): boolean {
    const slot = this.slotOfId.get(id);
    if (slot === undefined) return false;
    this.slotOfId.delete(id);
    this.ids[slot] = null;
    const lengths = this.lengths[slot]!;
    for (let f = 0; f < lengths.length; f += 1) this.totalLength[f]! -= lengths[f]!;
    for (const term of this.termsOfSlot[slot] ?? []) {
      const df = (this.documentFrequency.get(term) ?? 1) - 1;
      if (df === 0) this.documentFrequency.delete(term);
      else this.documentFrequency.set(term, df);
      this.deadPostings += 1;
    }
    this.termsOfSlot[slot] = null;
    this.liveCount -= 1;
    if (this.deadPostings > 50_000) this.sweep();
    return true;
  }

  /** Inverse document frequency, BM25's "plus one" form so it is never negative. */
  idf(term: string): number {
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5));
  }

  /** Scores every document matching at least one query term; returns the best `limit`. */
  search(queryTerms: readonly string[], limit: number, accept?: (id: string) => boolean): Bm25fHit[] {
    const queryCounts = new Map<string, number>();
    for (const term of queryTerms) queryCounts.set(term, (queryCounts.get(term) ?? 0) + 1);
    const averages = this.totalLength.map((total) => (this.liveCount === 0 ? 0 : total / this.liveCount));
    const scores = new Map<number, Float64Array>();
    const fieldCount = this.fieldNames.length;
    for (const [term, queryCount] of queryCounts) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term) * queryCount;
      for (const posting of list) {
        const id = this.ids[posting.slot];
        if (id === null || id === undefined) continue;
        const lengths = this.lengths[posting.slot]!;
        let pseudo = 0;
        const parts = new Float64Array(fieldCount);
        for (let f = 0; f < fieldCount; f += 1) {
          const tf = posting.frequencies[f]!;
          if (tf === 0) continue;
          const average = averages[f]! || 1;
          const normalised = (this.weights[f]! * tf) / (1 - this.bs[f]! + (this.bs[f]! * lengths[f]!) / average);
          parts[f] = normalised;
          pseudo += normalised;
        }
        if (pseudo === 0) continue;
        const contribution = (idf * pseudo * (this.k1 + 1)) / (this.k1 + pseudo);
        let total = scores.get(posting.slot);
        if (!total) scores.set(posting.slot, (total = new Float64Array(fieldCount + 1)));
        total[fieldCount]! += contribution;
        for (let f = 0; f < fieldCount; f += 1) total[f]! += (contribution * parts[f]!) / pseudo;
      }
    }
    const ranked: Bm25fHit[] = [];
    for (const [slot, total] of scores) {
      const id = this.ids[slot]!;
      if (accept && !accept(id)) continue;
      const fieldScores: Record<string, number> = {};
      this.fieldNames.forEach((name, f) => (fieldScores[name] = total[f]!));
      ranked.push({ id, score: total[fieldCount]!, fieldScores });
    }
    ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    return ranked.slice(0, limit);
  }

  private sweep(): void {
    for (const [term, list] of this.postings) {
      const live = list.filter((posting) => this.ids[posting.slot] !== null);
      if (live.length === 0) this.postings.delete(term);
      else this.postings.set(term, live);
    }
    this.deadPostings = 0;
  }
}
