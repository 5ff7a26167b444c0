/** A conversation's workflow state and action log as events: the events a turn adds, and both rebuilt from the log. */
import type { EventStore, PendingEvent } from '@switchboard/spec';
import { approvalDecidedEvent, readDecision } from '../approval/approval-events.js';
import type { ApprovalDecision } from '../approval/approval.js';
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
  /** While the run waits for a person: the approval it waits on (the id `approval.requested` carries). */
  readonly approval?: string;
}

export interface ConversationWorkflowHistory {
  readonly entries: readonly ActionLogEntry[];
  readonly state: WorkflowState | null;
  /** The recorded decision on the approval the run waits on, once a person has made it; null before. */
  readonly decision: ApprovalDecision | null;
}

export async function loadWorkflowHistory(events: EventStore, conversationId: string): Promise<ConversationWorkflowHistory> {
  const all = await events.list({ conversationId });
  const entries = all.filter((event) => event.type === actionLoggedEvent).map((event) => event.data['entry'] as ActionLogEntry);
  const latest = all.findLast((event) => event.type === workflowStateEvent);
  const state = (latest?.data['state'] as WorkflowState | null | undefined) ?? null;
  const decided =
    state?.approval && all.find((event) => event.type === approvalDecidedEvent && readDecision(event).approvalId === state.approval);
  return { entries, state, decision: decided ? readDecision(decided) : null };
}

/** The events that record a turn: its new action-log entries, then where the workflow stands (null closes it). */
export function workflowTurnEvents(entries: readonly ActionLogEntry[], state: WorkflowState | null): PendingEvent[] {
  // A null state closes the workflow, so the next message is routed afresh.
  return [...entries.map((entry) => ({ type: actionLoggedEvent, data: { entry } })), { type: workflowStateEvent, data: { state } }];
}
