/**
 * Syncs one configured source into the store: folders and exports through `ingestFiles`, Zendesk and Confluence
 * through their APIs. Incremental either way (a content hash per document), and deletions propagate. A remote
 * source that cannot be fetched is reported as failed and its stored documents are kept.
 */
import { resolve } from 'node:path';
import type { ChunkingOptions } from '@switchboard/core/chunking';
import { SwitchboardError, isSwitchboardError, type KnowledgeStore } from '@switchboard/spec';
import { readConfluencePages } from '../confluence/confluence-pages.js';
import { fetchConfluenceSpace } from '../confluence/fetch-confluence-space.js';
import { ingestFiles, type IngestProgress, type IngestSummary, type RecordOutcomes } from '../ingest-files.js';
import { checkShape } from '../json-shape.js';
import type { ParsedEntry } from '../parsed-document.js';
import { fetchZendeskHelpCenter } from '../zendesk/fetch-zendesk-help-center.js';
import { readZendeskArticles } from '../zendesk/zendesk-articles.js';
import type { FetchFunction } from '../fetch-json-pages.js';
import { readersForSource, sourceLocation, zendeskBaseUrl, type SourceSettings } from './source-settings.js';
import { storeRemoteEntries } from './store-remote-entries.js';

export interface SyncSourceOptions {
  readonly source: SourceSettings;
  readonly store: KnowledgeStore;
  /** The workspace: source paths are relative to it, and stored paths too. */
  readonly baseDir: string;
  /** Files or folders under the source's path that belong to other sources and are left out. */
  readonly exclude?: readonly string[];
  readonly chunking: ChunkingOptions;
  /** Where tokens are read from, by the names in `tokenEnv`; passed in, never read from the process here. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Remove stored documents the source no longer has (default true). */
  readonly prune?: boolean;
  readonly strict?: boolean;
  readonly fetch?: FetchFunction;
  readonly signal?: AbortSignal;
  readonly now: () => Date;
  readonly onProgress?: (progress: IngestProgress) => void;
  /** Records the outcome evidence in ticket exports (`IngestOptions.recordOutcomes`); not read without it. */
  readonly recordOutcomes?: RecordOutcomes;
}

export async function syncSource(options: SyncSourceOptions): Promise<IngestSummary> {
  const { source } = options;
  if (source.path !== undefined) {
    return ingestFiles({
      store: options.store,
      sourceName: source.name,
      sourceType: source.type,
      baseDir: options.baseDir,
      roots: [resolve(options.baseDir, source.path)],
      exclude: options.exclude,
      chunking: options.chunking,
      prune: options.prune ?? true,
      strict: options.strict ?? false,
      readers: readersForSource(source, options.now),
      now: options.now,
      onProgress: options.onProgress,
      recordOutcomes: options.recordOutcomes,
    });
  }
  const location = sourceLocation(source);
  let entries: readonly ParsedEntry[];
  try {
    entries = await fetchEntries(options, location);
  } catch (error) {
    if (!isSwitchboardError(error)) throw error;
    await options.store.upsertSource(source.name, source.type);
    return {
      added: 0,
      updated: 0,
      unchanged: 0,
      removed: 0,
      skipped: 0,
      empty: 0,
      failed: [{ path: location, reason: error.message }],
      warnings: [],
      changedDocumentIds: [],
    };
  }
  return storeRemoteEntries({
    store: options.store,
    sourceName: source.name,
    sourceType: source.type,
    location,
    entries,
    chunking: options.chunking,
    now: options.now,
  });
}

async function fetchEntries({ source, env, fetch, signal }: SyncSourceOptions, location: string): Promise<readonly ParsedEntry[]> {
  if (source.type !== 'zendesk' && source.type !== 'confluence')
    throw new SwitchboardError('CONFIG_INVALID', `source '${source.name}': a ${source.type} source needs a path`);
  let token: string | null = null;
  if (source.tokenEnv !== undefined) {
    token = env[source.tokenEnv] || null;
    if (token === null)
      throw new SwitchboardError(
        'SOURCE_FETCH_FAILED',
        `source '${source.name}': the environment variable ${source.tokenEnv} (its tokenEnv) is not set; export the API token in it`,
        { details: { source: source.name, tokenEnv: source.tokenEnv } },
      );
  }
  const common = { email: source.email ?? null, token, fetch, signal };
  if (source.type === 'zendesk') {
    const help = await fetchZendeskHelpCenter({ ...common, baseUrl: zendeskBaseUrl(source), locale: source.locale ?? null });
    return checkShape(location, 'a Zendesk Help Center listing', () => readZendeskArticles(help)).map((entry) => ({
      ...entry,
      sourceType: 'zendesk-article',
    }));
  }
  const space = await fetchConfluenceSpace({ ...common, baseUrl: source.baseUrl ?? '', spaceKey: source.spaceKey ?? '' });
  return checkShape(location, 'a Confluence content listing', () => readConfluencePages(space)).map((entry) => ({
    ...entry,
    sourceType: 'confluence',
  }));
}
