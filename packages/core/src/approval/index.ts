/** Approvals: workflow calls parked for a person, their events, and the queue agents decide from. */
export type { Approval, ApprovalDecision, ApprovalStatus } from './approval.js';
export {
  approvalDecided,
  approvalDecidedEvent,
  approvalIdOf,
  approvalRequested,
  approvalRequestedEvent,
  decisionEventId,
  readDecision,
  type ApprovalRequest,
} from './approval-events.js';
export { listApprovals } from './list-approvals.js';
export { createApprovalQueue, type ApprovalQueue } from './approval-queue.js';
