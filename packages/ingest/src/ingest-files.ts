/**
 * Incremental ingestion of files into a KnowledgeStore: unchanged files (same content hash) are skipped,
 * changed ones replaced atomically, missing ones removed with `prune`. A bad file is reported and the
 * others still ingest; an empty one is reported as a warning and not stored. A file is stored once: copies
 * of it under other sources are removed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { chunkMarkdown, type ChunkingOptions } from '@switchboard/core/chunking';
import type { TicketOutcome } from '@switchboard/core/outcomes';
import { SwitchboardError, isSwitchboardError, type Chunk, type KnowledgeDocument, type KnowledgeStore } from '@switchboard/spec';
import { collectInputs } from './collect-inputs.js';
import { csvFaqReader } from './csv-faq-reader.js';
import { docxReader } from './docx-reader.js';
import { blankFileWarning, emptyDocumentWarning, emptyExportWarning, isBlank } from './empty-document.js';
import { exportJsonReader } from './export-json-reader.js';
import { htmlReader } from './html-reader.js';
import { storeEntries } from './ingest-entries.js';
import { markdownReader } from './markdown-reader.js';
import type { DocumentReader, ParsedDocument } from './parsed-document.js';
import { pdfReader } from './pdf/pdf-reader.js';
import { removeCopiesElsewhere } from './remove-copies-elsewhere.js';
import { slackExportReader } from './slack/slack-export-reader.js';
import { textReader } from './text-reader.js';
import { walkFiles } from './walk-files.js';

export const defaultReaders: readonly DocumentReader[] = [
  markdownReader,
  htmlReader,
  pdfReader,
  docxReader,
  csvFaqReader,
  textReader,
  exportJsonReader,
  slackExportReader,
];

export interface IngestProgress {
  readonly done: number;
  readonly total: number;
  readonly path: string;
}

export interface IngestFailure {
  readonly path: string;
  readonly reason: string;
}

export interface IngestWarning {
  readonly path: string;
  readonly message: string;
}

export interface IngestSummary {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removed: number;
  /** Files and documents not stored: no reader handles them, or they hold no text (see `empty`). */
  readonly skipped: number;
  /** Of `skipped`: empty or whitespace-only documents and exports holding none, each also a warning. */
  readonly empty: number;
  readonly failed: readonly IngestFailure[];
  /** Problems that did not stop a file, e.g. a PDF page with no text. */
  readonly warnings: readonly IngestWarning[];
  /** Ids of documents written or removed, for updating a live index. */
  readonly changedDocumentIds: readonly string[];
}

export interface IngestOptions {
  readonly store: KnowledgeStore;
  readonly sourceName: string;
  readonly sourceType: string;
  /** Document paths are stored relative to this folder. */
  readonly baseDir: string;
  /** Files or folders to ingest. */
  readonly roots: readonly string[];
  /** Files or folders under the roots that are left out (the paths of other sources). */
  readonly exclude?: readonly string[];
  readonly chunking: ChunkingOptions;
  /** Remove stored documents under the roots whose files are gone. */
  readonly prune?: boolean;
  /** Stop at the first failure instead of going on. */
  readonly strict?: boolean;
  readonly readers?: readonly DocumentReader[];
  readonly now: () => Date;
  readonly onProgress?: (progress: IngestProgress) => void;
  /**
   * Records the outcome evidence the files hold (Zendesk tickets that link a conversation, `readOutcomes`) and returns
   * a warning for each piece it could not record; without it the evidence is not read.
   */
  readonly recordOutcomes?: RecordOutcomes;
}

/** Records outcome evidence read at ingest (the apps pass the conversation service's `recordOutcome`); returns warnings. */
export type RecordOutcomes = (outcomes: readonly TicketOutcome[]) => Promise<readonly string[]>;

export async function ingestFiles(options: IngestOptions): Promise<IngestSummary> {
  const readers = options.readers ?? defaultReaders;
  await options.store.upsertSource(options.sourceName, options.sourceType);
  const roots = options.roots.map((root) => resolve(root));
  const excluded = (options.exclude ?? []).map((path) => resolve(path));
  const { inputs: files, unsupported } = collectInputs(
    roots.flatMap((root) => walkFiles(root)).filter((file) => !excluded.some((path) => file === path || file.startsWith(`${path}${sep}`))),
    readers,
  );
  const counts = { added: 0, updated: 0, unchanged: 0, removed: 0, skipped: unsupported.length, empty: 0 };
  const failed: IngestFailure[] = [];
  const warnings: IngestWarning[] = [];
  const changed: string[] = [];
  const seen = new Set<string>();
  // Files that failed this run: prune keeps their `#key` documents.
  const keptPrefixes: string[] = [];
  // Files read this run (stored, unchanged or empty): this source holds them now.
  const held = new Set<string>();
  let stored: Map<string, KnowledgeDocument> | null = null;
  const storedDocuments = async (): Promise<Map<string, KnowledgeDocument>> =>
    (stored ??= new Map((await options.store.listDocuments(options.sourceName)).map((document) => [document.path, document])));
  /** Not stored: warn, count it, and remove what an earlier run stored at the path. */
  const skipEmpty = async (path: string, message: string): Promise<void> => {
    warnings.push({ path, message });
    counts.skipped += 1;
    counts.empty += 1;
    for (const [documentPath, document] of await storedDocuments()) {
      if ((documentPath === path || documentPath.startsWith(`${path}#`)) && (await options.store.removeDocument(document.id))) {
        counts.removed += 1;
        changed.push(document.id);
      }
    }
  };

  for (const [index, { file, folder, reader }] of files.entries()) {
    const path = toStoredPath(options.baseDir, folder ?? file);
    options.onProgress?.({ done: index, total: files.length, path });
    seen.add(path);
    try {
      const size = statSync(file).size;
      if (reader.maxBytes !== undefined && size > reader.maxBytes) {
        throw new SwitchboardError(
          'INGEST_FILE_INVALID',
          `${path}: file is ${formatSize(size)}, over the ${formatSize(reader.maxBytes)} limit for ${reader.sourceType} files; split it or raise the limit`,
          { details: { file: path, size, maxBytes: reader.maxBytes } },
        );
      }
      const bytes = readFileSync(file);
      if (isBlank(bytes)) {
        await skipEmpty(path, reader.readMany ? emptyExportWarning(path) : blankFileWarning(path));
        held.add(path);
        continue;
      }
      if (reader.readMany) {
        const entries = await reader.readMany({ path, bytes, absolutePath: file });
        for (const entry of entries)
          for (const message of entry.document.warnings ?? []) warnings.push({ path: `${path}#${entry.key}`, message });
        if (entries.length === 0) await skipEmpty(path, emptyExportWarning(path));
        await storeEntries({
          store: options.store,
          path,
          entries,
          sourceType: reader.sourceType,
          existing: await storedDocuments(),
          toDocument: (sourceType, entryPath, hash, parsed) => toDocument(options, sourceType, entryPath, hash, parsed),
          toChunks,
          chunking: options.chunking,
          counts,
          changed,
          seen,
          warnings,
        });
        if (options.recordOutcomes && reader.readOutcomes) {
          const outcomes = reader.readOutcomes({ path, bytes, absolutePath: file });
          if (outcomes.length > 0) for (const message of await options.recordOutcomes(outcomes)) warnings.push({ path, message });
        }
        held.add(path);
        continue;
      }
      const contentHash = createHash('sha256').update(bytes).digest('hex');
      const existing = await options.store.findDocument(options.sourceName, path);
      if (existing && existing.contentHash === contentHash) {
        counts.unchanged += 1;
        held.add(path);
        continue;
      }
      const parsed = await reader.read({ path, bytes, absolutePath: file });
      for (const message of parsed.warnings ?? []) warnings.push({ path, message });
      const document = toDocument(options, reader.sourceType, path, contentHash, parsed);
      const chunks = toChunks(document.id, parsed, options.chunking);
      if (chunks.length === 0) {
        await skipEmpty(path, emptyDocumentWarning(path));
        held.add(path);
        continue;
      }
      await options.store.replaceDocument({ document, chunks });
      held.add(path);
      changed.push(document.id);
      counts[existing ? 'updated' : 'added'] += 1;
    } catch (error) {
      const reason = isSwitchboardError(error) ? error.message.replace(`${path}: `, '') : (error as Error).message;
      failed.push({ path, reason });
      keptPrefixes.push(path);
      if (options.strict) break;
    }
  }
  options.onProgress?.({ done: files.length, total: files.length, path: '' });

  const copies = await removeCopiesElsewhere({ store: options.store, sourceName: options.sourceName, paths: held });
  counts.removed += copies.length;
  changed.push(...copies);

  if (options.prune) {
    const rootPaths = roots.map((root) => toStoredPath(options.baseDir, root));
    for (const document of await options.store.listDocuments(options.sourceName)) {
      const underRoot = rootPaths.some(
        (root) => root === '.' || document.path === root || document.path.startsWith(`${root}/`) || document.path.startsWith(`${root}#`),
      );
      const kept = seen.has(document.path) || keptPrefixes.some((prefix) => document.path.startsWith(`${prefix}#`));
      if (underRoot && !kept && (await options.store.removeDocument(document.id))) {
        counts.removed += 1;
        changed.push(document.id);
      }
    }
  }
  if (failed.length === 0 || !options.strict) await options.store.markSourceSynced(options.sourceName, options.now().toISOString());
  return { ...counts, failed, warnings, changedDocumentIds: changed };
}

/** A stable id, so citations survive re-ingestion; one source holds a path at a time (`removeCopiesElsewhere`). */
export function documentIdFor(sourceName: string, path: string): string {
  return `doc_${createHash('sha256').update(`${sourceName}\u0000${path}`).digest('hex').slice(0, 16)}`;
}

/** The stored document for a parsed file or export entry of a source. */
export function toDocument(
  options: Pick<IngestOptions, 'sourceName' | 'now'>,
  sourceType: string,
  path: string,
  contentHash: string,
  parsed: ParsedDocument,
): KnowledgeDocument {
  return {
    id: documentIdFor(options.sourceName, path),
    sourceName: options.sourceName,
    sourceType,
    path,
    url: parsed.url,
    title: parsed.title,
    updatedAt: parsed.updatedAt,
    tags: parsed.tags,
    audience: parsed.audience,
    docType: parsed.docType,
    ...(parsed.supersededBy ? { supersededBy: parsed.supersededBy } : {}),
    ...(parsed.linkedArticles?.length ? { linkedArticles: parsed.linkedArticles } : {}),
    contentHash,
    ingestedAt: options.now().toISOString(),
  };
}

/** Chunks every part of a parsed document and gives the drafts ids under the document's id. */
export function toChunks(documentId: string, parsed: ParsedDocument, chunking: ChunkingOptions): Chunk[] {
  let ordinal = 0;
  return parsed.parts.flatMap((part, partIndex) => {
    const drafts = chunkMarkdown(parsed.title, part.markdown, chunking, part.page);
    const prefix = parsed.parts.length > 1 ? `${documentId}:${partIndex}.` : `${documentId}:`;
    return drafts.map((draft) => ({
      id: `${prefix}${draft.key}`,
      documentId,
      parentId: draft.parentKey === null ? null : `${prefix}${draft.parentKey}`,
      kind: draft.kind,
      ordinal: ordinal++,
      breadcrumb: draft.breadcrumb,
      sectionPath: draft.sectionPath,
      text: draft.text,
      tokenCount: draft.tokenCount,
      page: draft.page,
    }));
  });
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

function toStoredPath(baseDir: string, file: string): string {
  const path = relative(resolve(baseDir), file);
  return (path === '' ? '.' : path).split(sep).join('/');
}
