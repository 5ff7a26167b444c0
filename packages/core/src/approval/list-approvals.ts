/** Approvals rebuilt from the event log alone: each `approval.requested` event, with its `approval.decided` if any. */
import type { SwitchboardEvent } from '@switchboard/spec';
import type { Approval, ApprovalStatus } from './approval.js';
import { approvalDecidedEvent, approvalRequestedEvent, readDecision, type ApprovalRequest } from './approval-events.js';

/** The approvals among `events` (any mix of types, in append order), oldest first; only `status` when given. */
export function listApprovals(events: readonly SwitchboardEvent[], status?: ApprovalStatus): Approval[] {
  const decisions = new Map<string, SwitchboardEvent>();
  // The first decision stands; the store refuses a second with the same id, so there is never more than one.
  for (const event of events)
    if (event.type === approvalDecidedEvent && !decisions.has(readDecision(event).approvalId))
      decisions.set(readDecision(event).approvalId, event);
  const approvals: Approval[] = [];
  for (const event of events) {
    if (event.type !== approvalRequestedEvent || event.conversationId === null) continue;
    const request = event.data as unknown as ApprovalRequest;
    const decided = decisions.get(request.approvalId);
    const decision = decided ? readDecision(decided) : null;
    const approval: Approval = {
      id: request.approvalId,
      conversationId: event.conversationId,
      status: decision ? (decision.approved ? 'approved' : 'denied') : 'pending',
      workflow: request.workflow,
      tool: request.tool,
      args: request.args,
      policy: request.policy,
      customer: request.customer,
      createdAt: event.at,
      decidedAt: decided?.at ?? null,
      decidedBy: decision?.approver ?? null,
      note: decision?.note ?? null,
    };
    if (status === undefined || approval.status === status) approvals.push(approval);
  }
  return approvals;
}
