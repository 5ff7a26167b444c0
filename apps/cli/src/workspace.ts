/** Opens the workspace in a folder: its config, its store and the in-process index built from it. */
import { isAbsolute, join, resolve } from 'node:path';
import { loadConfig, type AdapterEntry, type SwitchboardConfig } from '@switchboard/config';
import { createConversationService, type ConversationService } from '@switchboard/core/conversation';
import { createAnswerCache, createGenerativeAnswerer, type GenerativeAnswerer } from '@switchboard/core/generation';
import {
  createAnswerPipeline,
  createRefreshingPipeline,
  type RefreshingPipeline,
  type AnswerPipelineDependencies,
  type KnowledgeAnswer,
  type AnswerPipeline,
} from '@switchboard/core/pipeline';
import { type HybridRetriever } from '@switchboard/core/retrieval';
import type { Actor } from '@switchboard/core/workflow';
import { createLlmQueryRewriter, type LlmQueryRewriter } from '@switchboard/core/rewrite';
import { applyWorkspaceLearning, buildRetriever, loadWorkspaceSafety, readWorkspaceIntentModel } from '@switchboard/evaluation';
import { resolveChatModel, resolveLlmSettings } from '@switchboard/providers';
import { syncConfiguredSources, type IngestSummary, type RecordOutcomes } from '@switchboard/ingest';
import { shippedAnswerModels } from '@switchboard/models';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { createProgressBar } from './progress-bar.js';
import { createWorkflowActor } from './workflow/create-workflow-actor.js';
import { recordTicketOutcomes } from './ticket-outcomes.js';
import { newId, timer, wallClock } from './runtime.js';
import { adapterRoutes, workspaceAdapters } from './workspace-adapters.js';

/** Answers kept per process: a repeated question at the same knowledge version is served from them. */
const answerCacheEntries = 500;

export interface Workspace {
  readonly dir: string;
  readonly config: SwitchboardConfig;
  /** The SQLite file the stores are open on (`store.path`, resolved against the workspace). */
  readonly storePath: string;
  readonly stores: SqliteStores;
  /**
   * The hot-fix adapters it routes to, when they do not come from adapters.yaml: a release's, from its snapshot
   * (workspace-release.ts), or the set `adapter add` plays its anchors with. Absent: adapters.yaml.
   */
  readonly adapters?: readonly AdapterEntry[];
  /**
   * A release's workflow, tool, policy and glossary files (its snapshot's), which its workflow actor runs instead of
   * the folder's as they are now (workspace-release.ts). Absent: the folder's.
   */
  readonly workflowFiles?: Readonly<Record<string, string>>;
  /** What errors in those files name as their origin, e.g. `release v2`. */
  readonly workflowFilesLabel?: string;
  close(): void;
}

const warn = (message: string): void => void process.stderr.write(`switchboard: ${message}\n`);

export function openWorkspace(dir: string): Workspace {
  const absolute = resolve(dir);
  const config = loadConfig(absolute);
  const storePath = isAbsolute(config.store.path) ? config.store.path : join(absolute, config.store.path);
  const stores = createSqliteStores(storePath);
  return { dir: absolute, config, storePath, stores, close: () => stores.close() };
}

/** Opens the workspace in `dir`, hands it to `use` and closes it however `use` ends. */
export async function withWorkspace<T>(dir: string, use: (workspace: Workspace) => Promise<T>): Promise<T> {
  const workspace = openWorkspace(dir);
  try {
    return await use(workspace);
  } finally {
    workspace.close();
  }
}

/** Builds the hybrid retriever (BM25F + dense) from every stored chunk, labelled with the knowledge version it holds. */
export async function buildWorkspaceRetriever(workspace: Workspace): Promise<HybridRetriever> {
  // Read before the chunks: a write in between makes the index look older than it is (one rebuild more), never newer.
  const knowledgeVersion = await workspace.stores.knowledge.knowledgeVersion();
  const retriever = await buildRetriever(workspace.config, await workspace.stores.knowledge.listChunks(), {
    now: Date.now(),
    embeddings: workspace.stores.embeddings,
    baseDir: workspace.dir,
  });
  await applyWorkspaceLearning(retriever, workspace.dir, await workspace.stores.knowledge.listDocuments());
  retriever.knowledgeVersion = knowledgeVersion;
  return retriever;
}

/** The full message pipeline: safety, the workspace's intent model, guardrails, personas and, when configured, the LLM. */
export function createPipeline(workspace: Workspace, retriever: HybridRetriever): AnswerPipeline {
  return pipelineAround(workspace)(retriever);
}

const actors = new WeakMap<Workspace, Actor | null>();

/**
 * The workspace's workflow actor, one per open workspace: the pipeline and an agent's approval decisions share it, so
 * an approved call runs against the same tool servers (an in-process store's data) the conversation used.
 */
export function workspaceActor(workspace: Workspace): Actor | null {
  if (!actors.has(workspace)) actors.set(workspace, createWorkflowActor(workspace, workspace.stores, { env: process.env }));
  return actors.get(workspace) ?? null;
}

/**
 * Loads what the pipeline needs besides the index once (models, the LLM, workflows, one answer cache) and returns
 * a function that puts a pipeline together around an index, so `serve` can rebuild the index alone. `overrides`
 * replace the workflow actor or the answer cache for one pipeline (`eval run` gives each case its own actor).
 */
export function pipelineAround(
  workspace: Workspace,
): (retriever: HybridRetriever, overrides?: Partial<Pick<AnswerPipelineDependencies, 'act' | 'answerCache'>>) => AnswerPipeline {
  const { answer, handoff, retrieval, guardrails, personas, language } = workspace.config;
  const parts: Omit<AnswerPipelineDependencies, 'retriever'> = {
    clock: wallClock,
    timer,
    newId,
    topK: retrieval.topK,
    composer: { ...answer, handoffQueue: handoff.queue, handoffHours: handoff.hours, models: shippedAnswerModels },
    ...loadWorkspaceSafety(workspace.config.safety, workspace.dir, warn),
    ...readWorkspaceIntentModel(workspace.dir),
    generator: createGenerator(workspace),
    llmRewriter: createLlmRewriter(workspace.config),
    guardrails,
    personas: personas.rules,
    knowledgeLanguages: language.knowledge,
    act: workspaceActor(workspace),
    answerCache: createAnswerCache<KnowledgeAnswer>({ maxEntries: answerCacheEntries }),
  };
  return (retriever, overrides = {}) => createAnswerPipeline({ ...parts, ...overrides, retriever });
}

/**
 * The pipeline `serve` answers with: it follows the store, building the index (and the pipeline around it) again
 * before the next message whenever an ingest or sync, in this process or another, wrote or removed a document.
 * `overrides.act` replaces the workflow actor (a shadow run's, whose writes are dry runs).
 */
export function createServingPipeline(
  workspace: Workspace,
  overrides: Partial<Pick<AnswerPipelineDependencies, 'act'>> = {},
): Promise<RefreshingPipeline> {
  const around = pipelineAround(workspace);
  return createRefreshingPipeline({
    knowledgeVersion: () => workspace.stores.knowledge.knowledgeVersion(),
    build: async () => {
      const retriever = await buildWorkspaceRetriever(workspace);
      return { retriever, pipeline: around(retriever, overrides) };
    },
    onRebuildFailed: (error) => warn(`cannot rebuild the index (${(error as Error).message}); answering from the one built before`),
  });
}

/** The conversation service over the workspace's stores: the one writer of what a message produces. */
export function createConversations(workspace: Workspace, pipeline: AnswerPipeline): ConversationService {
  const { conversations, events, handoffs } = workspace.stores;
  return createConversationService({ pipeline, conversations, events, handoffs, clock: wallClock, newId, act: workspaceActor(workspace) });
}

/**
 * The grounded LLM answerer when a model is configured (`llm` in switchboard.yaml, or SWITCHBOARD_LLM_*, which win);
 * otherwise null and answers stay extractive.
 */
function createGenerator(workspace: Workspace): GenerativeAnswerer | null {
  const { config } = workspace;
  const { llm } = config;
  const settings = resolveLlmSettings(llm, process.env);
  if (!settings) return null;
  const model = (name: string) => resolveChatModel(name, { baseUrl: settings.baseUrl, apiKey: settings.apiKey, timeoutMs: llm.timeoutMs });
  const adapters = adapterRoutes(workspaceAdapters(workspace), settings, {
    maxAgeDays: config.adapters.maxAgeDays,
    timeoutMs: llm.timeoutMs,
  });
  return createGenerativeAnswerer({
    // Hot-fix adapters on the same endpoint draft first for their intents and cohorts (docs/rollout.md).
    ...(adapters.length > 0 ? { adapters, wallClock } : {}),
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
 * Where an ingest or sync records the outcomes of the Zendesk tickets that link a conversation: the conversation
 * service over the workspace's stores. Its pipeline is built only if something asks it to answer, which recording
 * outcomes never does, so ingesting builds no index for it.
 */
export function ticketOutcomeRecorder(workspace: Workspace): RecordOutcomes {
  let built: Promise<AnswerPipeline> | null = null;
  const build = (): Promise<AnswerPipeline> =>
    (built ??= buildWorkspaceRetriever(workspace).then((retriever) => createPipeline(workspace, retriever)));
  const pipeline: AnswerPipeline = { run: async (question, context) => (await build()).run(question, context) };
  return recordTicketOutcomes(workspace.stores, pipeline);
}

/**
 * Syncs the configured sources (all, or those named): folders and exports from disk, Zendesk and Confluence
 * through their APIs with tokens from the environment. With `strict`, stops after the first source that has a failure.
 */
export function syncSources(
  workspace: Workspace,
  options: { names?: readonly string[]; prune?: boolean; strict?: boolean; quiet?: boolean } = {},
): Promise<Map<string, IngestSummary>> {
  return syncConfiguredSources({
    ...options,
    workspace,
    store: workspace.stores.knowledge,
    env: process.env,
    now: () => new Date(),
    progress: (name) => (options.quiet ? null : createProgressBar(process.stderr, `${name} `)),
    recordOutcomes: ticketOutcomeRecorder(workspace),
  });
}

/** On a store with no documents yet, ingests the configured sources first, so `ask` works on a fresh workspace. */
export async function ensureIngested(workspace: Workspace): Promise<void> {
  if (workspace.config.sources.length === 0) return;
  if ((await workspace.stores.knowledge.listDocuments()).length > 0) return;
  process.stderr.write('switchboard: the store is empty; ingesting the configured sources first\n');
  await syncSources(workspace, { quiet: true });
}
