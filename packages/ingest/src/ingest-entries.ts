/**
 * Stores the several documents one file holds (an export of many articles) at `<path>#<key>`: each is
 * skipped when its parsed content is unchanged or holds no text, and documents that left the file are removed.
 */
import { createHash } from 'node:crypto';
import type { ChunkingOptions } from '@switchboard/core/chunking';
import type { Chunk, KnowledgeDocument, KnowledgeStore } from '@switchboard/spec';
import { emptyDocumentWarning } from './empty-document.js';
import type { ParsedDocument, ParsedEntry } from './parsed-document.js';

export interface EntryCounts {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  skipped: number;
  empty: number;
}

export interface StoreEntriesOptions {
  readonly store: KnowledgeStore;
  readonly path: string;
  readonly entries: readonly ParsedEntry[];
  readonly sourceType: string;
  /** Stored documents of the source by path, loaded once per run. */
  readonly existing: ReadonlyMap<string, KnowledgeDocument>;
  readonly toDocument: (sourceType: string, path: string, contentHash: string, parsed: ParsedDocument) => KnowledgeDocument;
  readonly toChunks: (documentId: string, parsed: ParsedDocument, chunking: ChunkingOptions) => Chunk[];
  readonly chunking: ChunkingOptions;
  readonly counts: EntryCounts;
  readonly changed: string[];
  readonly seen: Set<string>;
  /** Where an entry with no text is reported. */
  readonly warnings: { path: string; message: string }[];
}

export async function storeEntries(options: StoreEntriesOptions): Promise<void> {
  const keys = new Set<string>();
  for (const entry of options.entries) {
    // A repeated key would make two documents overwrite each other; keep the first.
    if (keys.has(entry.key)) continue;
    keys.add(entry.key);
    const path = `${options.path}#${entry.key}`;
    options.seen.add(path);
    const contentHash = createHash('sha256').update(JSON.stringify(entry.document)).digest('hex');
    const existing = options.existing.get(path);
    if (existing && existing.contentHash === contentHash) {
      options.counts.unchanged += 1;
      continue;
    }
    const document = options.toDocument(entry.sourceType ?? options.sourceType, path, contentHash, entry.document);
    const chunks = options.toChunks(document.id, entry.document, options.chunking);
    if (chunks.length === 0) {
      // Not seen, so a version stored before goes below.
      options.seen.delete(path);
      options.warnings.push({ path, message: emptyDocumentWarning(path) });
      options.counts.skipped += 1;
      options.counts.empty += 1;
      continue;
    }
    await options.store.replaceDocument({ document, chunks });
    options.changed.push(document.id);
    options.counts[existing ? 'updated' : 'added'] += 1;
  }
  // The file was read whole, so it is the truth for its own documents: ones no longer in it go.
  for (const [path, document] of options.existing) {
    if (path.startsWith(`${options.path}#`) && !options.seen.has(path) && (await options.store.removeDocument(document.id))) {
      options.counts.removed += 1;
      options.changed.push(document.id);
    }
  }
}
