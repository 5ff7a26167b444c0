/** Checks every sentence of a generated answer against the chunks it cites and scores the answer's faithfulness. */
import { checkFiguresAndNames } from './figures-and-names.js';
import type { GroundingChunk } from './grounded-prompt.js';
import { lexicalSupport, negationDiffers } from './lexical-support.js';
import { splitClaims } from './split-claims.js';

/** Semantic similarity of two texts in 0..1, e.g. cosine of embeddings. */
export type SimilarityFunction = (a: string, b: string) => Promise<number>;

/** An entailment judge: does the source support the claim? */
export type ClaimJudge = (
  claim: string,
  source: string,
  options: { signal?: AbortSignal },
) => Promise<'supported' | 'contradicted' | 'absent'>;

export interface GroundingOptions {
  /** Share of the claim's content terms the cited text must contain on its own. Default 0.6. */
  readonly minLexicalSupport?: number;
  readonly similarity?: SimilarityFunction;
  /** With a similarity function: a claim at or above this similarity passes with weaker lexical support. Default 0.8. */
  readonly minSimilarity?: number;
  /** The lexical support a claim still needs when similarity vouches for it. Default 0.3. */
  readonly lexicalFloor?: number;
  readonly judge?: ClaimJudge;
  readonly signal?: AbortSignal;
}

export interface FailedClaim {
  readonly text: string;
  readonly labels: readonly string[];
  /** Why it failed: 'uncited', 'unknown source', 'figures or names absent: $500', 'low support 0.25', 'negation differs', 'judge: absent'. */
  readonly reason: string;
}

/** One fact-stating sentence and what the check found, pass or fail (what the console shows claim by claim). */
export interface CheckedClaim {
  readonly text: string;
  readonly labels: readonly string[];
  readonly supported: boolean;
  /** Why it failed, as in FailedClaim; null when it passed. */
  readonly reason: string | null;
}

export interface GroundingVerdict {
  /** Share of fact-stating sentences that passed; 1 when the answer states no fact. */
  readonly faithfulness: number;
  readonly claimCount: number;
  readonly failedClaims: readonly FailedClaim[];
  /** Every fact-stating sentence in order, passed and failed. */
  readonly claims: readonly CheckedClaim[];
}

/** `chunks[i]` is the source labelled `c{i+1}` in the prompt. */
export async function checkGrounding(
  answer: string,
  chunks: readonly GroundingChunk[],
  options: GroundingOptions = {},
): Promise<GroundingVerdict> {
  const minLexical = options.minLexicalSupport ?? 0.6;
  const claims = splitClaims(answer).filter((claim) => claim.asserts);
  const failedClaims: FailedClaim[] = [];
  const checked: CheckedClaim[] = [];
  for (const claim of claims) {
    const reason = await failureOf(claim.text, claim.labels, chunks, options, minLexical);
    if (reason !== null) failedClaims.push({ text: claim.text, labels: claim.labels, reason });
    checked.push({ text: claim.text, labels: claim.labels, supported: reason === null, reason });
  }
  const faithfulness = claims.length === 0 ? 1 : (claims.length - failedClaims.length) / claims.length;
  return { faithfulness: Math.round(faithfulness * 1000) / 1000, claimCount: claims.length, failedClaims, claims: checked };
}

async function failureOf(
  claim: string,
  labels: readonly string[],
  chunks: readonly GroundingChunk[],
  options: GroundingOptions,
  minLexical: number,
): Promise<string | null> {
  if (labels.length === 0) return 'uncited';
  const cited = labels.map((label) => chunks[Number(label.slice(1)) - 1]);
  if (cited.some((chunk) => chunk === undefined)) return 'unknown source';
  const sources = cited.filter((chunk): chunk is GroundingChunk => chunk !== undefined);
  const sourceText = sources.map((chunk) => `${chunk.title}\n${chunk.text}`).join('\n\n');

  const { missing } = checkFiguresAndNames(claim, sourceText);
  if (missing.length > 0) return `figures or names absent: ${missing.join(', ')}`;

  const lexical = lexicalSupport(claim, sourceText);
  if (lexical < minLexical) {
    const vouched =
      options.similarity !== undefined &&
      lexical >= (options.lexicalFloor ?? 0.3) &&
      Math.max(...(await Promise.all(sources.map((chunk) => options.similarity!(claim, chunk.text))))) >= (options.minSimilarity ?? 0.8);
    if (!vouched) return `low support ${lexical.toFixed(2)}`;
  }
  if (negationDiffers(claim, sourceText)) return 'negation differs';
  if (options.judge) {
    const verdict = await options.judge(claim, sourceText, { signal: options.signal });
    if (verdict !== 'supported') return `judge: ${verdict}`;
  }
  return null;
}
