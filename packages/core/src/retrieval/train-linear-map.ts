/**
 * Domain adaptation of sentence vectors, the way dense retrievers are fine-tuned: a square linear map W,
 * trained contrastively (InfoNCE) so that W·question lands near W·article for resolved (question, article)
 * pairs, against in-batch negatives and hard negatives (articles lexical search ranks high that are wrong).
 * W starts at the identity and is pulled back towards it, so a small history cannot wreck the space.
 */
import { normalize } from '../vectors/vector-math.js';

export interface ContrastivePair {
  readonly query: Float32Array;
  readonly positive: Float32Array;
  readonly hardNegatives: readonly Float32Array[];
}

export interface LinearMapTraining {
  readonly epochs?: number;
  readonly batchSize?: number;
  readonly learningRate?: number;
  /** InfoNCE temperature. */
  readonly temperature?: number;
  /** Pull of W towards the identity. */
  readonly identityPull?: number;
  readonly random: () => number;
}

export function trainLinearMap(pairs: readonly ContrastivePair[], dimensions: number, options: LinearMapTraining): Float32Array {
  const d = dimensions;
  const W = new Float64Array(d * d);
  for (let i = 0; i < d; i += 1) W[i * d + i] = 1;
  const unit = (v: Float32Array): Float64Array => Float64Array.from(normalize(Float32Array.from(v)));
  const data = pairs.map((pair) => ({ query: unit(pair.query), positive: unit(pair.positive), negatives: pair.hardNegatives.map(unit) }));
  const tau = options.temperature ?? 0.1;
  const rate = options.learningRate ?? 0.05;
  const pull = options.identityPull ?? 0.01;
  const batchSize = options.batchSize ?? 32;
  const apply = (v: Float64Array): Float64Array => {
    const out = new Float64Array(d);
    for (let r = 0; r < d; r += 1) {
      let sum = 0;
      for (let c = 0; c < d; c += 1) sum += W[r * d + c]! * v[c]!;
      out[r] = sum;
    }
    return out;
  };
  for (let epoch = 0; epoch < (options.epochs ?? 4); epoch += 1) {
    const order = data.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(options.random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let start = 0; start < order.length; start += batchSize) {
      const batch = order.slice(start, start + batchSize).map((i) => data[i]!);
      const gradient = new Float64Array(d * d);
      for (const [b, example] of batch.entries()) {
        // Candidates: the batch's positives (in-batch negatives) and this example's hard negatives.
        const candidates = [...batch.map((other) => other.positive), ...example.negatives];
        const mappedQuery = apply(example.query);
        const mapped = candidates.map(apply);
        const logits = mapped.map((m) => dotProduct(mappedQuery, m) / tau);
        const max = Math.max(...logits);
        const exps = logits.map((l) => Math.exp(l - max));
        const total = exps.reduce((sum, e) => sum + e, 0);
        candidates.forEach((candidate, j) => {
          const coefficient = (exps[j]! / total - (j === b ? 1 : 0)) / tau / batch.length;
          if (Math.abs(coefficient) < 1e-9) return;
          // d(q·WᵀW·c)/dW = W(c qᵀ + q cᵀ) = (Wc) qᵀ + (Wq) cᵀ
          const mappedCandidate = mapped[j]!;
          for (let r = 0; r < d; r += 1) {
            const a = mappedCandidate[r]! * coefficient;
            const bq = mappedQuery[r]! * coefficient;
            for (let c = 0; c < d; c += 1) gradient[r * d + c]! += a * example.query[c]! + bq * candidate[c]!;
          }
        });
      }
      for (let k = 0; k < d * d; k += 1) {
        const identity = k % (d + 1) === 0 ? 1 : 0;
        W[k]! -= rate * (gradient[k]! + pull * (W[k]! - identity));
      }
    }
  }
  return Float32Array.from(W);
}

function dotProduct(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}
