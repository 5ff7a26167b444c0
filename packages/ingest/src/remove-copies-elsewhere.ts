/**
 * A document's identity is where it lives (its path in the workspace, or its URL), not the source that brought
 * it: once a source has read a file, copies of it stored under other sources — ingested earlier by path, or
 * through a source that covered it before — are removed, so each file is stored once.
 */
import type { KnowledgeStore } from '@switchboard/spec';

export interface RemoveCopiesOptions {
  readonly store: KnowledgeStore;
  /** The source that now holds the files. */
  readonly sourceName: string;
  /** Stored paths of the files (and export folders) this source read; `<path>#<key>` entries go with them. */
  readonly paths: ReadonlySet<string>;
}

/** Removes the other sources' documents at these paths; returns the ids removed. */
export async function removeCopiesElsewhere(options: RemoveCopiesOptions): Promise<string[]> {
  if (options.paths.size === 0) return [];
  const removed: string[] = [];
  const others = (await options.store.listSources()).filter((source) => source.name !== options.sourceName && source.documents > 0);
  for (const source of others) {
    for (const document of await options.store.listDocuments(source.name)) {
      if (isUnder(document.path, options.paths) && (await options.store.removeDocument(document.id))) removed.push(document.id);
    }
  }
  return removed;
}

/** The path itself, or an entry `<file>#<key>` of one of the files. */
function isUnder(path: string, files: ReadonlySet<string>): boolean {
  if (files.has(path)) return true;
  for (let hash = path.indexOf('#'); hash >= 0; hash = path.indexOf('#', hash + 1)) if (files.has(path.slice(0, hash))) return true;
  return false;
}
