/**
 * Approvals as events: the workflow actor returns `approval.requested` with the turn that parked a call, and the
 * conversation service appends `approval.decided` under an id derived from the approval, so a second decision on
 * the same approval is rejected by the event store itself, in any process.
 */
import type { CustomerInfo, PendingEvent, SwitchboardEvent } from '@switchboard/spec';
import type { Approval, ApprovalDecision } from './approval.js';

export const approvalRequestedEvent = 'approval.requested';
export const approvalDecidedEvent = 'approval.decided';

/** What the actor knows when it parks a call. */
export interface ApprovalRequest {
  readonly approvalId: string;
  readonly workflow: string;
  readonly tool: string;
  readonly args: Readonly<Record<string, unknown>>;
  readonly policy: Approval['policy'];
  readonly customer: CustomerInfo | null;
  /** The action-log entry that parked the call. */
  readonly entryId: string;
}

/** The id of the approval a parked action-log entry asks for: stable, unique, and it names its conversation. */
export function approvalIdOf(conversationId: string, entryId: string): string {
  return `${conversationId}.${entryId}`;
}

/** The id of the one decision an approval can have; the event store refuses a second event with it. */
export function decisionEventId(approvalId: string): string {
  return `${approvalId}.decided`;
}

export function approvalRequested(request: ApprovalRequest): PendingEvent {
  return { type: approvalRequestedEvent, data: { ...request } };
}

/** The decision as the audit event to append, with its deterministic id. */
export function approvalDecided(approvalId: string, decision: ApprovalDecision): PendingEvent & { readonly id: string } {
  return {
    id: decisionEventId(approvalId),
    type: approvalDecidedEvent,
    data: { approvalId, approved: decision.approved, approver: decision.approver, note: decision.note ?? null },
  };
}

/** The decision an `approval.decided` event records. */
export function readDecision(event: Pick<SwitchboardEvent, 'data'>): ApprovalDecision & { readonly approvalId: string } {
  const { approvalId, approved, approver, note } = event.data as {
    approvalId: string;
    approved: boolean;
    approver: string;
    note: string | null;
  };
  return { approvalId, approved, approver, note };
}
