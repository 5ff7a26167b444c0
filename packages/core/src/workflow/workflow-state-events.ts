/** Stores a conversation's workflow state and action log as events, and rebuilds both from them. */
import type { Clock, EventStore, IdGenerator } from '@switchboard/spec';
import type { PendingConsent } from './action-gateway.js';
import type { ActionLogEntry } from './action-log.js';
import type { WorkflowRunSnapshot } from './workflow-run.js';

export const actionLoggedEvent = 'action.logged';
export const workflowStateEvent = 'workflow.state';

/** Where a conversation's workflow stands after its latest message. */
export interface WorkflowState {
  readonly workflow: string;
  readonly run: WorkflowRunSnapshot;
  readonly pending: PendingConsent;
  /** The last thing the workflow asked, repeated when the answer does not fit. */
  readonly prompt: string;
}

export interface ConversationWorkflowHistory {
  readonly entries: readonly ActionLogEntry[];
  readonly state: WorkflowState | null;
}

export async function loadWorkflowHistory(events: EventStore, conversationId: string): Promise<ConversationWorkflowHistory> {
  const all = await events.list({ conversationId });
  const entries = all.filter((event) => event.type === actionLoggedEvent).map((event) => event.data['entry'] as ActionLogEntry);
  const latest = all.findLast((event) => event.type === workflowStateEvent);
  return { entries, state: (latest?.data['state'] as WorkflowState | null | undefined) ?? null };
}

export async function saveWorkflowTurn(
  deps: { readonly events: EventStore; readonly clock: Clock; readonly newId: IdGenerator },
  conversationId: string,
  entries: readonly ActionLogEntry[],
  state: WorkflowState | null,
): Promise<void> {
  const at = new Date(deps.clock()).toISOString();
  const append = (type: string, data: Record<string, unknown>) =>
    deps.events.append({ id: deps.newId('evt'), type, at, conversationId, data });
  for (const entry of entries) await append(actionLoggedEvent, { entry });
  // A null state closes the workflow, so the next message is routed afresh.
  await append(workflowStateEvent, { state });
}
