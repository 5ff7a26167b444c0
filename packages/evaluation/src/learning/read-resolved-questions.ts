/**
 * Reads past customer questions linked to the article that resolved them: JSON lines
 * `{"question": "...", "path": "kb/billing/refunds.md"}` (or `"url"`, or `"documentId"`), matched to stored documents.
 */
import { existsSync } from 'node:fs';
import { readJsonLines } from '@switchboard/ingest';
import { SwitchboardError, type KnowledgeDocument } from '@switchboard/spec';

export interface ResolvedQuestionRow {
  readonly question: string;
  readonly documentId: string;
}

export function readResolvedQuestions(
  file: string,
  documents: readonly KnowledgeDocument[],
  options: { optional?: boolean } = {},
): ResolvedQuestionRow[] {
  if (options.optional && !existsSync(file)) return [];
  const byKey = new Map<string, string>();
  for (const document of documents) {
    byKey.set(document.id, document.id);
    byKey.set(document.path, document.id);
    if (document.url) byKey.set(document.url, document.id);
  }
  return readJsonLines(file, (row, where) => {
    const question = row['question'];
    if (typeof question !== 'string' || question.trim() === '')
      throw new SwitchboardError('DATASET_INVALID', `${where}: field 'question' must be a non-empty string`);
    const key = [row['documentId'], row['path'], row['url']].find((value): value is string => typeof value === 'string');
    if (!key) throw new SwitchboardError('DATASET_INVALID', `${where}: give the article as 'path', 'url' or 'documentId'`);
    const documentId = byKey.get(key);
    if (!documentId)
      throw new SwitchboardError('DATASET_INVALID', `${where}: no ingested document has the path, URL or id ${JSON.stringify(key)}`);
    return { question, documentId };
  });
}
