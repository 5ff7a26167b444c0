/** Opens the workspace in a folder: its config, its store and the in-process index built from it. */
import { isAbsolute, join, resolve } from 'node:path';
import { loadConfig, type SwitchboardConfig } from '@switchboard/config';
import { createAnswerPipeline, type AnswerPipeline, type HybridRetriever } from '@switchboard/core';
import { ingestFiles, type IngestSummary } from '@switchboard/ingest';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { createProgressBar } from './progress-bar.js';
import { buildRetriever } from './retriever.js';
import { newId, timer, wallClock } from './runtime.js';

export interface Workspace {
  readonly dir: string;
  readonly config: SwitchboardConfig;
  readonly stores: SqliteStores;
  close(): void;
}

export function openWorkspace(dir: string): Workspace {
  const absolute = resolve(dir);
  const config = loadConfig(absolute);
  const storePath = isAbsolute(config.store.path) ? config.store.path : join(absolute, config.store.path);
  const stores = createSqliteStores(storePath);
  return { dir: absolute, config, stores, close: () => stores.close() };
}

/** Builds the hybrid retriever (BM25F + dense) from every stored chunk. */
export async function buildWorkspaceRetriever(workspace: Workspace): Promise<HybridRetriever> {
  return buildRetriever(workspace.config, await workspace.stores.knowledge.listChunks(), { now: Date.now() });
}

export function createPipeline(workspace: Workspace, retriever: HybridRetriever): AnswerPipeline {
  const { answer, handoff, retrieval } = workspace.config;
  return createAnswerPipeline({
    retriever,
    clock: wallClock,
    timer,
    newId,
    topK: retrieval.topK,
    composer: { ...answer, handoffQueue: handoff.queue, handoffHours: handoff.hours },
  });
}

/** Ingests the configured sources (all, or those named). */
export async function syncSources(
  workspace: Workspace,
  options: { names?: readonly string[]; prune?: boolean; quiet?: boolean } = {},
): Promise<Map<string, IngestSummary>> {
  const results = new Map<string, IngestSummary>();
  for (const source of workspace.config.sources) {
    if (options.names && options.names.length > 0 && !options.names.includes(source.name)) continue;
    const bar = options.quiet ? null : createProgressBar(process.stderr, `${source.name} `);
    const summary = await ingestFiles({
      store: workspace.stores.knowledge,
      sourceName: source.name,
      sourceType: source.type,
      baseDir: workspace.dir,
      roots: [resolve(workspace.dir, source.path)],
      chunking: workspace.config.chunking,
      prune: options.prune ?? true,
      now: () => new Date(),
      onProgress: (p) => bar?.update(p.done, p.total, p.path),
    });
    bar?.finish();
    results.set(source.name, summary);
  }
  return results;
}

/** On a store with no documents yet, ingests the configured sources first, so `ask` works on a fresh workspace. */
export async function ensureIngested(workspace: Workspace): Promise<void> {
  if (workspace.config.sources.length === 0) return;
  if ((await workspace.stores.knowledge.listDocuments()).length > 0) return;
  process.stderr.write('switchboard: the store is empty; ingesting the configured sources first\n');
  await syncSources(workspace, { quiet: true });
}
