/** Estimates how hard a question is from its text and retrieval strength alone, to pick a small or a large model. */
import { words } from '../text/analyze.js';

export interface DifficultyInput {
  readonly question: string;
  /** 0..1 strength of the best knowledge-base match (e.g. the extractive composer's confidence); weak matches are harder. */
  readonly retrievalScore?: number;
}

export interface Difficulty {
  /** 0..1; the weighted mean of the features. */
  readonly score: number;
  readonly features: {
    readonly length: number;
    readonly clauses: number;
    readonly exceptions: number;
    readonly multiDocument: number;
    readonly weakMatch: number;
  };
}

const exceptions = /\b(?:not|no|never|except|unless|but|however|although|only if|without|even if|instead)\b|n['’]t\b/i;
const multiDocument =
  /\b(?:compare|comparison|difference|differences|versus|vs\.?|both|each of|all of|as well as|and also|which (?:one|plan|option) is)\b/i;
const weights = { length: 0.15, clauses: 0.2, exceptions: 0.2, multiDocument: 0.2, weakMatch: 0.25 };

export function estimateDifficulty(input: DifficultyInput): Difficulty {
  const wordCount = words(input.question).length;
  const clauseCount = input.question.split(/[,;:?]|\b(?:and|or|but|if|when|while|because)\b/i).filter((part) => part.trim()).length;
  const questionCount = (input.question.match(/\?/g) ?? []).length;
  const features = {
    // Thirty words or five clauses already read as a complex request in support traffic.
    length: Math.min(1, wordCount / 30),
    clauses: Math.min(1, Math.max(0, clauseCount - 1) / 4),
    exceptions: exceptions.test(input.question) ? 1 : 0,
    multiDocument: multiDocument.test(input.question) || questionCount > 1 ? 1 : 0,
    weakMatch: input.retrievalScore === undefined ? 0.5 : 1 - Math.min(1, Math.max(0, input.retrievalScore)),
  };
  const score = (Object.keys(weights) as (keyof typeof weights)[]).reduce((sum, key) => sum + weights[key] * features[key], 0);
  return { score: Math.round(score * 1000) / 1000, features };
}
