/** Opens the workspace in a folder: its config, its store and the in-process index built from it. */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { loadConfig, type SwitchboardConfig } from '@switchboard/config';
import type { Embedder } from '@switchboard/spec';
import {
  IntentClassifier,
  createAnswerPipeline,
  createLlmQueryRewriter,
  type LlmQueryRewriter,
  createDefaultSafetyFilter,
  defaultSafetyActions,
  type SafetyFilter,
  createGenerativeAnswerer,
  type AnswerPipeline,
  type GenerativeAnswerer,
  type HybridRetriever,
} from '@switchboard/core';
import { resolveChatModel, resolveLlmSettings } from '@switchboard/providers';
import { syncSource, type FetchFunction, type IngestSummary } from '@switchboard/ingest';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { excludedUnder } from './ingest-targets.js';
import { createProgressBar } from './progress-bar.js';
import { buildRetriever } from './retriever.js';
import { createWorkflowActor } from './workflow/create-workflow-actor.js';
import { applyWorkspaceLearning } from './learning/workspace-learning.js';
import { resolveEmbedder } from './embedders.js';
import { newId, timer, wallClock } from './runtime.js';
import { readWorkspaceSafetyModel, workspaceSafetyModelPath } from './safety/workspace-safety-model.js';

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
  const retriever = await buildRetriever(workspace.config, await workspace.stores.knowledge.listChunks(), {
    now: Date.now(),
    embeddings: workspace.stores.embeddings,
    baseDir: workspace.dir,
  });
  await applyWorkspaceLearning(retriever, workspace.dir, await workspace.stores.knowledge.listDocuments());
  return retriever;
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
    ...loadSafety(workspace.config, workspace.dir),
    ...loadIntentModel(workspace),
    generator: createGenerator(workspace.config),
    llmRewriter: createLlmRewriter(workspace.config),
    guardrails,
    personas: personas.rules,
    knowledgeLanguages: language.knowledge,
    events: workspace.stores.events,
    act: createWorkflowActor(workspace.dir, workspace.stores, { env: process.env }),
  });
}

/**
 * The shipped safety filter with the configured actions, and the sentence embedder of its embedding model
 * (`safety.embedder`); when that embedder cannot load the filter scores n-grams alone. The workspace's own
 * corrections from `switchboard train safety` (data/models/safety.json) are applied on top when present.
 */
export function loadSafety(config: SwitchboardConfig, dir: string): { safety: SafetyFilter; safetyEmbedder: Embedder | null } {
  const useEmbeddings = config.safety.embedder !== 'none';
  let safetyEmbedder: Embedder | null = null;
  if (useEmbeddings) {
    try {
      safetyEmbedder = resolveEmbedder(config.safety.embedder, { quiet: true });
    } catch (error) {
      process.stderr.write(
        `switchboard: safety embedder ${config.safety.embedder} is unavailable (${(error as Error).message}); n-grams only\n`,
      );
    }
  }
  return {
    safety: createDefaultSafetyFilter({
      actions: { ...defaultSafetyActions, ...config.safety.actions },
      embeddingModel: safetyEmbedder !== null,
      workspaceModel: readWorkspaceSafetyModel(workspaceSafetyModelPath(dir)),
    }),
    safetyEmbedder,
  };
}

/** The model written by `switchboard train intents`, or null when the workspace has none. */
export function loadIntentModel(workspace: Workspace): { intent: IntentClassifier | null; intentEmbedder: Embedder | null } {
  const path = join(workspace.dir, 'data', 'models', 'intents.json');
  if (!existsSync(path)) return { intent: null, intentEmbedder: null };
  const json = JSON.parse(readFileSync(path, 'utf8')) as { embedder?: { id: string } | null };
  // A model trained with sentence-embedding features needs the same embedder at prediction time.
  const intentEmbedder = json.embedder ? resolveEmbedder(json.embedder.id, { quiet: true }) : null;
  return { intent: IntentClassifier.fromJSON(json, { embedderId: intentEmbedder?.id ?? null }), intentEmbedder };
}

/**
 * The grounded LLM answerer when a model is configured (`llm` in switchboard.yaml, or SWITCHBOARD_LLM_*, which win);
 * otherwise null and answers stay extractive.
 */
function createGenerator(config: SwitchboardConfig): GenerativeAnswerer | null {
  const { llm } = config;
  const settings = resolveLlmSettings(llm, process.env);
  if (!settings) return null;
  const model = (name: string) => resolveChatModel(name, { baseUrl: settings.baseUrl, apiKey: settings.apiKey, timeoutMs: llm.timeoutMs });
  return createGenerativeAnswerer({
    large: model(settings.model),
    ...(settings.smallModel ? { small: model(settings.smallModel) } : {}),
    ...(settings.judgeModel ? { judge: model(settings.judgeModel) } : {}),
    prices: llm.prices,
    routing: llm.routing,
    deadlineMs: llm.deadlineMs,
    clock: () => performance.now(),
    sourceLanguages: config.language.knowledge,
  });
}

/** The LLM query rewriter on the small model (else the large one) when an LLM is configured; otherwise null. */
function createLlmRewriter(config: SwitchboardConfig): LlmQueryRewriter | null {
  const settings = resolveLlmSettings(config.llm, process.env);
  if (!settings) return null;
  const [only, ...others] = config.language.knowledge;
  return createLlmQueryRewriter(
    resolveChatModel(settings.smallModel ?? settings.model, { baseUrl: settings.baseUrl, apiKey: settings.apiKey, timeoutMs: 2_000 }),
    // Knowledge in one language is searched in it, whatever language the customer writes.
    only && others.length === 0 ? { knowledgeLanguage: only } : {},
  );
}

/**
 * Syncs the configured sources (all, or those named): folders and exports from disk, Zendesk and Confluence
 * through their APIs with tokens from `env`. With `strict`, stops after the first source that has a failure.
 */
export async function syncSources(
  workspace: Workspace,
  options: {
    names?: readonly string[];
    prune?: boolean;
    strict?: boolean;
    quiet?: boolean;
    env?: Readonly<Record<string, string | undefined>>;
    fetch?: FetchFunction;
  } = {},
): Promise<Map<string, IngestSummary>> {
  const results = new Map<string, IngestSummary>();
  for (const source of workspace.config.sources) {
    if (options.names && options.names.length > 0 && !options.names.includes(source.name)) continue;
    const bar = options.quiet ? null : createProgressBar(process.stderr, `${source.name} `);
    const summary = await syncSource({
      source,
      store: workspace.stores.knowledge,
      baseDir: workspace.dir,
      // A source nested in this one's folder holds its own files.
      exclude: source.path === undefined ? [] : excludedUnder(workspace, resolve(workspace.dir, source.path)),
      chunking: workspace.config.chunking,
      env: options.env ?? process.env,
      prune: options.prune ?? true,
      strict: options.strict ?? false,
      fetch: options.fetch,
      now: () => new Date(),
      onProgress: (p) => bar?.update(p.done, p.total, p.path),
    });
    bar?.finish();
    results.set(source.name, summary);
    if (options.strict && summary.failed.length > 0) break;
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
