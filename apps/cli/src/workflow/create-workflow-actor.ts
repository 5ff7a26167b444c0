/** Builds the pipeline's act dependency for a workspace: its workflows, tools and guards over the event store. */
import { createWorkflowActor as createConversationActor, type Actor } from '@switchboard/core/workflow';
import { dryRunExecutor, shadowEventView } from '@switchboard/core/shadow';
import { readWorkflowWorkspace, workflowWorkspaceFromFiles } from '@switchboard/ingest';
import type { EventStore } from '@switchboard/spec';
import { newId, startTimer, wallClock } from '../runtime.js';
import { createWorkspaceExecutor } from './workspace-executor.js';

export interface WorkflowActorOptions {
  /** The process environment: tool credentials, and SWITCHBOARD_KILL_SWITCH=1 to turn every write into a handoff. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * A shadow run's actor (core/shadow): tools that write are dry runs, never called, and it reads the event log as
   * production saw the message, writing nothing.
   */
  readonly shadow?: boolean;
}

/** Where the workflows come from: the workspace folder, or a release's copies of its files. */
export interface WorkflowSource {
  /** The workspace folder: the files when `workflowFiles` is absent, and what tools' data paths are relative to. */
  readonly dir: string;
  /** A release snapshot's files (relative path → text); absent: the folder's files as they are now. */
  readonly workflowFiles?: Readonly<Record<string, string>>;
  /** What error messages call the files' origin, e.g. `release v2`. */
  readonly workflowFilesLabel?: string;
}

/** True for SWITCHBOARD_KILL_SWITCH=1/true/yes/on. */
export function killSwitchFromEnvironment(env: Readonly<Record<string, string | undefined>>): boolean {
  return /^(?:1|true|yes|on)$/i.test(env['SWITCHBOARD_KILL_SWITCH']?.trim() ?? '');
}

/** The workspace's actor, or null when it declares no workflows (then nothing acts, and replies still get the claim check). */
export function createWorkflowActor(
  source: WorkflowSource,
  stores: { readonly events: EventStore },
  options: WorkflowActorOptions,
): Actor | null {
  const workspace = source.workflowFiles
    ? workflowWorkspaceFromFiles(source.workflowFiles, source.workflowFilesLabel ?? 'release')
    : readWorkflowWorkspace(source.dir);
  if (workspace.workflows.length === 0) return null;
  const executor = createWorkspaceExecutor({ dir: source.dir, workspace, env: options.env, newId });
  return createConversationActor({
    workspace,
    executor: options.shadow ? dryRunExecutor(executor) : executor,
    events: options.shadow ? shadowEventView(stores.events) : stores.events,
    clock: wallClock,
    newId,
    killSwitch: killSwitchFromEnvironment(options.env),
    startTimer,
  });
}
