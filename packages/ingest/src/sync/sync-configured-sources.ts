/** `switchboard sync` (and `ingest` without paths): each configured source, or those named, synced in config order. */
import { resolve } from 'node:path';
import type { ChunkingOptions } from '@switchboard/core/chunking';
import type { KnowledgeStore } from '@switchboard/spec';
import type { FetchFunction } from '../fetch-json-pages.js';
import type { IngestSummary, RecordOutcomes } from '../ingest-files.js';
import { excludedUnder, type SourceLayout } from './ingest-targets.js';
import type { RunProgress } from './ingest-paths.js';
import { syncSource } from './sync-source.js';

export interface SyncConfiguredSourcesOptions {
  readonly workspace: SourceLayout & { readonly config: { readonly chunking: ChunkingOptions } };
  readonly store: KnowledgeStore;
  /** Only these sources; all when absent or empty. */
  readonly names?: readonly string[];
  /** Remove stored documents a source no longer has (default true). */
  readonly prune?: boolean;
  /** Stop after the first source that has a failure. */
  readonly strict?: boolean;
  /** Where API tokens are read from, by the names in `tokenEnv`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly fetch?: FetchFunction;
  readonly now: () => Date;
  /** Called as each source starts, with its name. */
  readonly progress?: (name: string) => RunProgress | null;
  /** Records the outcome evidence in ticket exports (`IngestOptions.recordOutcomes`); not read without it. */
  readonly recordOutcomes?: RecordOutcomes;
}

/** Folders and exports from disk, Zendesk and Confluence through their APIs; the summary of each source by name. */
export async function syncConfiguredSources(options: SyncConfiguredSourcesOptions): Promise<Map<string, IngestSummary>> {
  const { workspace, names } = options;
  const results = new Map<string, IngestSummary>();
  for (const source of workspace.config.sources) {
    if (names && names.length > 0 && !names.includes(source.name)) continue;
    const bar = options.progress?.(source.name) ?? null;
    const summary = await syncSource({
      source,
      store: options.store,
      baseDir: workspace.dir,
      // A source nested in this one's folder holds its own files.
      exclude: source.path === undefined ? [] : excludedUnder(workspace, resolve(workspace.dir, source.path)),
      chunking: workspace.config.chunking,
      env: options.env,
      prune: options.prune ?? true,
      strict: options.strict ?? false,
      fetch: options.fetch,
      now: options.now,
      onProgress: (p) => bar?.update(p.done, p.total, p.path),
      recordOutcomes: options.recordOutcomes,
    });
    bar?.finish();
    results.set(source.name, summary);
    if (options.strict && summary.failed.length > 0) break;
  }
  return results;
}
