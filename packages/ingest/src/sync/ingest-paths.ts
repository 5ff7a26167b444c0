/**
 * `switchboard ingest <paths…>`: each path into the configured source that covers it (else `files`), and each
 * configured source inside it into itself, so ingesting by path and syncing store each file once.
 */
import type { ChunkingOptions } from '@switchboard/core/chunking';
import type { KnowledgeStore } from '@switchboard/spec';
import { ingestFiles, type IngestSummary, type RecordOutcomes } from '../ingest-files.js';
import { ingestTargets, type SourceLayout } from './ingest-targets.js';
import { readersForSource } from './source-settings.js';

/** The progress of one run, e.g. a progress bar. */
export interface RunProgress {
  update(done: number, total: number, label?: string): void;
  finish(): void;
}

export interface IngestPathsOptions {
  readonly workspace: SourceLayout & { readonly config: { readonly chunking: ChunkingOptions } };
  readonly store: KnowledgeStore;
  readonly paths: readonly string[];
  /** Files everything under each path under this source name (`--source`). */
  readonly sourceName?: string;
  readonly prune: boolean;
  /** Stop after the first run that has a failure. */
  readonly strict: boolean;
  readonly now: () => Date;
  /** Called as each run starts, with the run's source name. */
  readonly progress?: (name: string) => RunProgress | null;
  /** Records the outcome evidence in ticket exports (`IngestOptions.recordOutcomes`); not read without it. */
  readonly recordOutcomes?: RecordOutcomes;
}

/** The summary of each run, by `<source>:<path>`. */
export async function ingestPaths(options: IngestPathsOptions): Promise<Map<string, IngestSummary>> {
  const { workspace } = options;
  const summaries = new Map<string, IngestSummary>();
  for (const target of options.paths.flatMap((path) => ingestTargets(workspace, path, options.sourceName))) {
    const bar = options.progress?.(target.name) ?? null;
    const summary = await ingestFiles({
      store: options.store,
      sourceName: target.name,
      sourceType: target.source?.type ?? 'folder',
      baseDir: workspace.dir,
      roots: [target.root],
      exclude: target.exclude,
      chunking: workspace.config.chunking,
      prune: options.prune,
      strict: options.strict,
      readers: readersForSource(target.source),
      now: options.now,
      onProgress: (p) => bar?.update(p.done, p.total, p.path),
      recordOutcomes: options.recordOutcomes,
    });
    bar?.finish();
    summaries.set(target.label, summary);
    if (options.strict && summary.failed.length > 0) break;
  }
  return summaries;
}
