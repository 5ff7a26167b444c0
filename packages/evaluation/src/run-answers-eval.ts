/**
 * Answer evaluation on a BEIR-layout dataset with answers.jsonl, in three stages: the retrieved context alone,
 * generation from the gold passages, and the full pipeline (retrieve, then answer).
 */
import {
  answerFaithfulness,
  partOfGroup,
  type EvaluationPart,
  type Judgements,
  contextRecall,
  rougeL,
  summarizeAnswerStage,
  summarizeContextStage,
  withoutCitationMarkers,
  type AnswerRecord,
  type AnswerStageMetrics,
  type ContextRecord,
  type ContextStageMetrics,
} from '@switchboard/core/evaluation';
import { type GroundingChunk } from '@switchboard/core/generation';
import { type RetrievedChunk } from '@switchboard/core/ranking';
import { retrieveQuestionParts } from '@switchboard/core/retrieval';
import { entityTagPrefix } from '@switchboard/core/rewrite';
import { readBeirQrels, readBeirQueries } from '@switchboard/ingest';
import { shippedAnswerModels } from '@switchboard/models';
import type { LlmSettings } from '@switchboard/providers';
import type { SwitchboardConfig } from '@switchboard/config';
import type { ChunkWithDocument } from '@switchboard/spec';
import { buildRetriever } from './build-retriever.js';
import { loadBeirChunks } from './beir-chunks.js';
import { createEvalAnswerer, type EvalAnswer } from './eval-answerer.js';
import { goldPassageHits, sectionsByDocument } from './gold-passage-hits.js';
import { createQueryRewriting } from './rank-query.js';
import { readBeirAnswers } from './read-beir-answers.js';

export interface AnswersEvalOptions {
  readonly dir: string;
  readonly split: string;
  readonly config: SwitchboardConfig;
  readonly mode?: 'lexical' | 'dense' | 'hybrid';
  /** Null: the extractive composer answers. */
  readonly llm: LlmSettings | null;
  /** Evaluate only the first n judged questions (an LLM run costs per question). */
  readonly limit?: number;
  /** Score only the tune or the check part (questions grouped by their gold documents), or all. */
  readonly part?: EvaluationPart | 'all';
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

export interface AnswersEvalResult {
  readonly answerer: string;
  readonly part: EvaluationPart | 'all';
  /** Chunks handed to the answerer per question (retrieval.topK); the extractive composer quotes from the first answer.maxChunks. */
  readonly k: number;
  readonly queries: number;
  readonly skipped: number;
  readonly documents: number;
  readonly chunks: number;
  readonly stages: {
    readonly retrieval: ContextStageMetrics;
    readonly gold_passage: AnswerStageMetrics;
    readonly full: AnswerStageMetrics;
  };
}

export async function runAnswersEval(options: AnswersEvalOptions): Promise<AnswersEvalResult> {
  const queries = readBeirQueries(options.dir);
  const qrels = readBeirQrels(options.dir, options.split);
  const answers = readBeirAnswers(options.dir);
  const { documents, chunks } = await loadBeirChunks(options.dir, options.config, options.onProgress);
  const retriever = await buildRetriever(options.config, chunks, { mode: options.mode, quiet: true });
  const rewriting = createQueryRewriting(retriever);
  const { answer: composer, handoff, retrieval } = options.config;
  const answerer = createEvalAnswerer(
    (term) => retriever.lexical.idf(term),
    { ...composer, handoffQueue: handoff.queue, handoffHours: handoff.hours, models: shippedAnswerModels },
    options.llm,
  );
  const sections = sectionsByDocument(chunks);
  const grounding = new Map<string, GroundingChunk>(chunks.map((c) => [c.id, { id: c.id, title: c.document.title, text: c.text }]));
  const score = async (answer: EvalAnswer, reference: string, milliseconds: number): Promise<AnswerRecord> => ({
    rougeL: rougeL(withoutCitationMarkers(answer.text), reference).f1,
    faithfulness: answer.declined ? null : await answerFaithfulness(answer.text, answer.citations, (id) => grounding.get(id)),
    declined: answer.declined,
    milliseconds,
  });
  const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const value = await run();
    return [value, performance.now() - started];
  };

  const context: ContextRecord[] = [];
  const gold: AnswerRecord[] = [];
  const full: AnswerRecord[] = [];
  let skipped = 0;
  const part = options.part ?? 'all';
  const judged = [...qrels.entries()]
    .filter(([, judgements]) => part === 'all' || goldPart(judgements) === part)
    .slice(0, options.limit ?? Infinity);
  for (const [i, [queryId, judgements]] of judged.entries()) {
    if (i % 20 === 0) options.onProgress?.(i, judged.length, 'answering');
    const query = queries.get(queryId);
    const reference = answers.get(queryId);
    if (!query || reference === undefined) {
      skipped += 1;
      continue;
    }
    const [{ question, hits }, retrieveMs] = await timed(async () => {
      const rewritten = rewriting.rewrite(query);
      const entities = new Set(rewritten.entities.map((name) => `${entityTagPrefix}${name}`));
      const accept = entities.size > 0 ? (chunk: ChunkWithDocument) => chunk.document.tags.some((tag) => entities.has(tag)) : undefined;
      const retrieved: RetrievedChunk[] = await retrieveQuestionParts(retriever, {
        query: rewritten.query,
        limit: retrieval.topK,
        unit: 'section',
        accept,
      });
      return { question: rewritten.query, hits: retrieved };
    });
    context.push({ recall: contextRecall([...new Set(hits.map((hit) => hit.chunk.documentId))], judgements), milliseconds: retrieveMs });

    const [fullAnswer, composeMs] = await timed(() => answerer.answerFrom(question, hits));
    full.push(await score(fullAnswer, reference, retrieveMs + composeMs));

    const goldHits = await goldPassageHits(question, judgements, sections, retriever);
    const [goldAnswer, goldMs] = await timed(() => answerer.answerFrom(question, goldHits));
    gold.push(await score(goldAnswer, reference, goldMs));
  }
  options.onProgress?.(judged.length, judged.length, 'done');
  return {
    answerer: answerer.name,
    part,
    k: retrieval.topK,
    queries: full.length,
    skipped,
    documents,
    chunks: chunks.length,
    stages: { retrieval: summarizeContextStage(context), gold_passage: summarizeAnswerStage(gold), full: summarizeAnswerStage(full) },
  };
}

/** A question's part follows its gold documents, so paraphrases of one question never straddle the parts. */
export function goldPart(judgements: Judgements): EvaluationPart {
  return partOfGroup(
    [...judgements]
      .filter(([, grade]) => grade > 0)
      .map(([id]) => id)
      .sort()
      .join(' '),
  );
}
