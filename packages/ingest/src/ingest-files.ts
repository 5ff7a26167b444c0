/**
 * Incremental ingestion of files into a KnowledgeStore: unchanged files (same content hash) are skipped,
 * changed ones replaced atomically, missing ones removed with `prune`. A bad file is reported and the
 * others still ingest.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname, relative, resolve, sep } from 'node:path';
import { chunkMarkdown, type ChunkingOptions } from '@switchboard/core';
import { isSwitchboardError, type Chunk, type KnowledgeDocument, type KnowledgeStore } from '@switchboard/spec';
import { htmlReader } from './html-reader.js';
import { markdownReader } from './markdown-reader.js';
import type { DocumentReader, ParsedDocument } from './parsed-document.js';
import { walkFiles } from './walk-files.js';

export const defaultReaders: readonly DocumentReader[] = [markdownReader, htmlReader];

export interface IngestProgress {
  readonly done: number;
  readonly total: number;
  readonly path: string;
}

export interface IngestFailure {
  readonly path: string;
  readonly reason: string;
}

export interface IngestSummary {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removed: number;
  /** Files no reader handles. */
  readonly skipped: number;
  readonly failed: readonly IngestFailure[];
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
  readonly chunking: ChunkingOptions;
  /** Remove stored documents under the roots whose files are gone. */
  readonly prune?: boolean;
  /** Stop at the first failure instead of going on. */
  readonly strict?: boolean;
  readonly readers?: readonly DocumentReader[];
  readonly now: () => Date;
  readonly onProgress?: (progress: IngestProgress) => void;
}

export async function ingestFiles(options: IngestOptions): Promise<IngestSummary> {
  const readers = options.readers ?? defaultReaders;
  const readerFor = (path: string): DocumentReader | undefined => readers.find((r) => r.extensions.includes(extname(path).toLowerCase()));
  await options.store.upsertSource(options.sourceName, options.sourceType);
  const roots = options.roots.map((root) => resolve(root));
  const files = roots.flatMap((root) => walkFiles(root));
  const counts = { added: 0, updated: 0, unchanged: 0, removed: 0, skipped: 0 };
  const failed: IngestFailure[] = [];
  const changed: string[] = [];
  const seen = new Set<string>();

  for (const [index, file] of files.entries()) {
    const path = toStoredPath(options.baseDir, file);
    options.onProgress?.({ done: index, total: files.length, path });
    const reader = readerFor(file);
    if (!reader) {
      counts.skipped += 1;
      continue;
    }
    seen.add(path);
    try {
      const bytes = readFileSync(file);
      const contentHash = createHash('sha256').update(bytes).digest('hex');
      const existing = await options.store.findDocument(options.sourceName, path);
      if (existing && existing.contentHash === contentHash) {
        counts.unchanged += 1;
        continue;
      }
      const parsed = reader.read({ path, bytes });
      const document = toDocument(options, reader.sourceType, path, contentHash, parsed);
      await options.store.replaceDocument({ document, chunks: toChunks(document.id, parsed, options.chunking) });
      changed.push(document.id);
      counts[existing ? 'updated' : 'added'] += 1;
    } catch (error) {
      const reason = isSwitchboardError(error) ? error.message.replace(`${path}: `, '') : (error as Error).message;
      failed.push({ path, reason });
      if (options.strict) break;
    }
  }
  options.onProgress?.({ done: files.length, total: files.length, path: '' });

  if (options.prune) {
    const rootPaths = roots.map((root) => toStoredPath(options.baseDir, root));
    for (const document of await options.store.listDocuments(options.sourceName)) {
      const underRoot = rootPaths.some((root) => root === '.' || document.path === root || document.path.startsWith(`${root}/`));
      if (underRoot && !seen.has(document.path) && (await options.store.removeDocument(document.id))) {
        counts.removed += 1;
        changed.push(document.id);
      }
    }
  }
  if (failed.length === 0 || !options.strict) await options.store.markSourceSynced(options.sourceName, options.now().toISOString());
  return { ...counts, failed, changedDocumentIds: changed };
}

/** A stable id, so citations survive re-ingestion. */
export function documentIdFor(sourceName: string, path: string): string {
  return `doc_${createHash('sha256').update(`${sourceName}\u0000${path}`).digest('hex').slice(0, 16)}`;
}

function toDocument(
  options: IngestOptions,
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

function toStoredPath(baseDir: string, file: string): string {
  const path = relative(resolve(baseDir), file);
  return (path === '' ? '.' : path).split(sep).join('/');
}
