/** Reads a BEIR-layout dataset: corpus.jsonl, queries.jsonl and qrels/<split>.tsv, naming file and line on bad input. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SwitchboardError } from '@switchboard/spec';

export interface BeirDocument {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly metadata: Readonly<Record<string, unknown>>;
}

export interface BeirQuery {
  readonly id: string;
  readonly text: string;
  readonly metadata: Readonly<Record<string, unknown>>;
}

export interface BeirDataset {
  readonly corpus: readonly BeirDocument[];
  readonly queries: ReadonlyMap<string, BeirQuery>;
}

export function readBeirCorpus(dir: string): BeirDocument[] {
  return readJsonLines(join(dir, 'corpus.jsonl'), (row, where) => ({
    id: requireString(row, '_id', where),
    title: optionalString(row, 'title', where),
    text: optionalString(row, 'text', where),
    metadata: optionalObject(row, 'metadata', where),
  }));
}

export function readBeirQueries(dir: string): Map<string, BeirQuery> {
  const queries = readJsonLines(join(dir, 'queries.jsonl'), (row, where) => ({
    id: requireString(row, '_id', where),
    text: requireString(row, 'text', where),
    metadata: optionalObject(row, 'metadata', where),
  }));
  return new Map(queries.map((query) => [query.id, query]));
}

/** qrels/<split>.tsv with the header `query-id corpus-id score`: query id → (document id → grade). */
export function readBeirQrels(dir: string, split: string): Map<string, Map<string, number>> {
  const file = join(dir, 'qrels', `${split}.tsv`);
  const lines = readText(file).split(/\r?\n/);
  const qrels = new Map<string, Map<string, number>>();
  lines.forEach((line, index) => {
    if (line.trim() === '' || (index === 0 && /query-id/i.test(line))) return;
    const [queryId, documentId, score] = line.split('\t');
    const grade = Number(score);
    if (!queryId || !documentId || score === undefined || !Number.isFinite(grade)) {
      throw invalid(`${file}:${index + 1}: expected "query-id<TAB>corpus-id<TAB>score", got ${JSON.stringify(line.slice(0, 80))}`);
    }
    const judged = qrels.get(queryId) ?? new Map<string, number>();
    judged.set(documentId, grade);
    qrels.set(queryId, judged);
  });
  return qrels;
}

/** Reads a JSON-lines file whose rows are objects; `where` is "file:line" for error messages. */
export function readJsonLines<T>(file: string, toRow: (row: Record<string, unknown>, where: string) => T): T[] {
  const rows: T[] = [];
  readText(file)
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const where = `${file}:${index + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw invalid(`${where}: not valid JSON (${(error as Error).message})`, error);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(`${where}: each line must be a JSON object`);
      rows.push(toRow(value as Record<string, unknown>, where));
    });
  return rows;
}

function readText(file: string): string {
  if (!existsSync(file))
    throw invalid(`${file}: file not found (expected the BEIR layout: corpus.jsonl, queries.jsonl, qrels/<split>.tsv)`);
  // A UTF-8 byte-order mark would break the first JSON line.
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

function requireString(row: Record<string, unknown>, key: string, where: string): string {
  const value = row[key];
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof value === 'number') return String(value);
  throw invalid(`${where}: field '${key}' must be a non-empty string`);
}

function optionalString(row: Record<string, unknown>, key: string, where: string): string {
  const value = row[key];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw invalid(`${where}: field '${key}' must be a string`);
  return value;
}

function optionalObject(row: Record<string, unknown>, key: string, where: string): Record<string, unknown> {
  const value = row[key];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(`${where}: field '${key}' must be an object`);
  return value as Record<string, unknown>;
}

function invalid(message: string, cause?: unknown): SwitchboardError {
  return new SwitchboardError('DATASET_INVALID', message, { cause });
}
