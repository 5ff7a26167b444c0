/** Opens the workspace in a folder: its config, its store and the in-process index built from it. */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { loadConfig, type SwitchboardConfig } from '@switchboard/config';
import {
  IntentClassifier,
  createAnswerPipeline,
  createDefaultSafetyFilter,
  createGenerativeAnswerer,
  type AnswerPipeline,
  type GenerativeAnswerer,
  type HybridRetriever,
} from '@switchboard/core';
import { llmSettingsFromEnvironment, resolveChatModel } from '@switchboard/providers';
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

/** The full message pipeline: safety, the workspace's intent model, guardrails, personas and, when configured, the LLM. */
export function createPipeline(workspace: Workspace, retriever: HybridRetriever): AnswerPipeline {
  const { answer, handoff, retrieval, guardrails, personas, language } = workspace.config;
  return createAnswerPipeline({
    retriever,
    clock: wallClock,
    timer,
    newId,
    topK: retrieval.topK,
    composer: { ...answer, handoffQueue: handoff.queue, handoffHours: handoff.hours },
    safety: createDefaultSafetyFilter(),
    intent: loadIntentModel(workspace),
    generator: createGenerator(),
    guardrails,
    personas: personas.rules,
    knowledgeLanguages: language.knowledge,
    events: workspace.stores.events,
  });
}

/** The model written by `switchboard train intents`, or null when the workspace has none. */
export function loadIntentModel(workspace: Workspace): IntentClassifier | null {
  const path = join(workspace.dir, 'data', 'models', 'intents.json');
  if (!existsSync(path)) return null;
  return IntentClassifier.fromJSON(JSON.parse(readFileSync(path, 'utf8')));
}

/** The grounded LLM answerer when SWITCHBOARD_LLM_BASE_URL and SWITCHBOARD_LLM_MODEL are set; otherwise null. */
function createGenerator(): GenerativeAnswerer | null {
  const llm = llmSettingsFromEnvironment(process.env);
  if (!llm) return null;
  return createGenerativeAnswerer({
    large: resolveChatModel(llm.model, { baseUrl: llm.baseUrl, apiKey: llm.apiKey, timeoutMs: 20_000 }),
    prices: {},
    routing: { threshold: 0.5, maxLargeInFlight: 8 },
    deadlineMs: 8_000,
    clock: () => performance.now(),
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
