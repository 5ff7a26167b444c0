/** Where a workspace keeps what it learned: resolved questions (history, and resolved tickets' links) and the trained ranker. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLearnedReranker, type LinearRankerModel } from '@switchboard/core/ranking';
import { HistoryIndex, linkedArticleHistory, type HybridRetriever } from '@switchboard/core/retrieval';
import type { KnowledgeDocument } from '@switchboard/spec';
import { readResolvedQuestions, type ResolvedQuestionRow } from './read-resolved-questions.js';

export const historyFile = (workspaceDir: string): string => join(workspaceDir, 'data', 'history.jsonl');
export const rankerFile = (workspaceDir: string): string => join(workspaceDir, 'data', 'models', 'ranker.json');

/** Adds resolved questions as the "asked as" field and as history vectors. */
export async function addHistory(retriever: HybridRetriever, rows: readonly ResolvedQuestionRow[]): Promise<void> {
  if (rows.length === 0) return;
  const byDocument = new Map<string, string[]>();
  for (const row of rows) byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row.question]);
  for (const [documentId, questions] of byDocument) retriever.lexical.addHistory(documentId, questions);
  if (retriever.dense) {
    retriever.history ??= new HistoryIndex(retriever.dense.embedder, retriever.dense);
    await retriever.history.add(rows);
  }
}

/**
 * Applies the workspace's history file, the questions of ingested tickets whose agent linked a stored article, and the
 * trained ranker, when present, to a freshly built retriever.
 */
export async function applyWorkspaceLearning(
  retriever: HybridRetriever,
  workspaceDir: string,
  documents: readonly KnowledgeDocument[],
): Promise<void> {
  await addHistory(retriever, [
    ...readResolvedQuestions(historyFile(workspaceDir), documents, { optional: true }),
    ...linkedArticleHistory(documents),
  ]);
  const ranker = rankerFile(workspaceDir);
  if (existsSync(ranker)) {
    const model = JSON.parse(readFileSync(ranker, 'utf8')) as LinearRankerModel;
    retriever.reranker = createLearnedReranker(model, { popularity: (documentId) => retriever.history?.resolvedCount(documentId) ?? 0 });
  }
}
