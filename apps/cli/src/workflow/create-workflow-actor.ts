/** Builds the pipeline's act dependency for a workspace: its workflows, tools and guards over the event store. */
import { createWorkflowActor as createConversationActor, type Actor } from '@switchboard/core/workflow';
import { readWorkflowWorkspace } from '@switchboard/ingest';
import type { EventStore } from '@switchboard/spec';
import { newId, startTimer, wallClock } from '../runtime.js';
import { createWorkspaceExecutor } from './workspace-executor.js';

export interface WorkflowActorOptions {
  /** The process environment: tool credentials, and SWITCHBOARD_KILL_SWITCH=1 to turn every write into a handoff. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** True for SWITCHBOARD_KILL_SWITCH=1/true/yes/on. */
export function killSwitchFromEnvironment(env: Readonly<Record<string, string | undefined>>): boolean {
  return /^(?:1|true|yes|on)$/i.test(env['SWITCHBOARD_KILL_SWITCH']?.trim() ?? '');
}

/** The workspace's actor, or null when it declares no workflows (then nothing acts, and replies still get the claim check). */
export function createWorkflowActor(
  workspaceDir: string,
  stores: { readonly events: EventStore },
  options: WorkflowActorOptions,
): Actor | null {
  const workspace = readWorkflowWorkspace(workspaceDir);
  if (workspace.workflows.length === 0) return null;
  return createConversationActor({
    workspace,
    executor: createWorkspaceExecutor({ dir: workspaceDir, workspace, env: options.env, newId }),
    events: stores.events,
    clock: wallClock,
    newId,
    killSwitch: killSwitchFromEnvironment(options.env),
    startTimer,
  });
}
