/**
 * The workspace as `eval run` needs it: its own run store, its configuration hash and git commit, and scratch copies
 * of its data with the service `serve` answers with over them, so nothing a case does reaches the workspace's data.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConversationService } from '@switchboard/core/conversation';
import type { ScratchWorkspace, SuiteWorkspace } from '@switchboard/evaluation';
import { createSqliteStores, snapshotSqliteDatabase } from '@switchboard/store-sqlite';
import { createWorkflowActor } from './workflow/create-workflow-actor.js';
import { newId, wallClock } from './runtime.js';
import { buildWorkspaceRetriever, pipelineAround, type Workspace } from './workspace.js';

export function createSuiteWorkspace(workspace: Workspace): SuiteWorkspace {
  return {
    dir: workspace.dir,
    configHash: configHash(workspace.config),
    gitCommit: gitCommit(workspace.dir),
    runs: workspace.stores.evalRuns,
    clock: wallClock,
    newId,
    openScratch: () => openScratch(workspace),
  };
}

async function openScratch(workspace: Workspace): Promise<ScratchWorkspace> {
  const folder = mkdtempSync(join(tmpdir(), 'switchboard-eval-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    const storePath = join(folder, 'switchboard.db');
    await snapshotSqliteDatabase(workspace.storePath, storePath);
    const stores = createSqliteStores(storePath);
    // The scratch workspace is the real one with its stores swapped: same folder (workflows, models), same config.
    const scratch: Workspace = { ...workspace, storePath, stores, close: () => stores.close() };
    const close = async () => {
      stores.close();
      remove();
    };
    try {
      const knowledgeVersion = await stores.knowledge.knowledgeVersion();
      const documents = (await stores.knowledge.listDocuments()).map(({ path, url }) => ({ path, url }));
      const retriever = await buildWorkspaceRetriever(scratch);
      const around = pipelineAround(scratch);
      // One throwaway message loads the models (the safety embedder takes seconds to start), so the first case's
      // latency is the pipeline's, as a running server's would be, not the process's start-up. The pipeline writes nothing.
      await around(retriever, { act: null, answerCache: null }).run('Hello');
      const { handoff } = workspace.config;
      return {
        knowledgeVersion,
        documents,
        openCase() {
          // A fresh actor per case: its tool servers start from their data files again.
          const act = createWorkflowActor(workspace, stores, { env: process.env });
          // No answer cache: a case answered from an earlier case's answer would report that one's latency and trace.
          const pipeline = around(retriever, { act, answerCache: null });
          const { conversations, events, handoffs } = stores;
          const service = createConversationService({
            pipeline,
            conversations,
            events,
            handoffs,
            clock: wallClock,
            newId,
            humanQueue: { queue: handoff.queue, hours: handoff.hours },
            act,
          });
          return { service, events };
        },
        close,
      };
    } catch (error) {
      await close();
      throw error;
    }
  } catch (error) {
    remove();
    throw error;
  }
}

/** sha256 of the configuration as loaded (keys sorted, so the same settings always hash alike), first 16 hex digits. */
export function configHash(config: unknown): string {
  return createHash('sha256').update(stableJson(config)).digest('hex').slice(0, 16);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** The commit checked out where the workspace lives, or null outside a git repository (or without git). */
function gitCommit(dir: string): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^[0-9a-f]{40,64}$/.test(commit) ? commit : null;
  } catch {
    return null;
  }
}
