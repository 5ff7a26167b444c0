/**
 * Writes the documents fetched from a remote source: each stored at `<location>#<key>`, skipped when its
 * content hash is unchanged, each in its own transaction; documents the source no longer lists are removed.
 */
import type { ChunkingOptions } from '@switchboard/core/chunking';
import type { KnowledgeStore } from '@switchboard/spec';
import { toChunks, toDocument, type IngestSummary, type IngestWarning } from '../ingest-files.js';
import { storeEntries } from '../ingest-entries.js';
import type { ParsedEntry } from '../parsed-document.js';

export interface StoreRemoteEntriesOptions {
  readonly store: KnowledgeStore;
  readonly sourceName: string;
  readonly sourceType: string;
  /** Where the documents came from, e.g. https://acme.zendesk.com/hc; documents are stored under it. */
  readonly location: string;
  /** The whole listing: whatever is stored under `location` and missing here is removed. */
  readonly entries: readonly ParsedEntry[];
  readonly chunking: ChunkingOptions;
  readonly now: () => Date;
}

export async function storeRemoteEntries(options: StoreRemoteEntriesOptions): Promise<IngestSummary> {
  await options.store.upsertSource(options.sourceName, options.sourceType);
  const existing = new Map((await options.store.listDocuments(options.sourceName)).map((document) => [document.path, document]));
  const counts = { added: 0, updated: 0, unchanged: 0, removed: 0, skipped: 0, empty: 0 };
  const changed: string[] = [];
  const warnings: IngestWarning[] = options.entries.flatMap((entry) =>
    (entry.document.warnings ?? []).map((message) => ({ path: `${options.location}#${entry.key}`, message })),
  );
  await storeEntries({
    store: options.store,
    path: options.location,
    entries: options.entries,
    sourceType: options.sourceType,
    existing,
    toDocument: (sourceType, path, contentHash, parsed) => toDocument(options, sourceType, path, contentHash, parsed),
    toChunks,
    chunking: options.chunking,
    counts,
    changed,
    seen: new Set(),
    warnings,
  });
  await options.store.markSourceSynced(options.sourceName, options.now().toISOString());
  return { ...counts, failed: [], warnings, changedDocumentIds: changed };
}
