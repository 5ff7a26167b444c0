/** The approvals agents work through, read from the event store (no table of their own). */
import { SwitchboardError, type EventStore } from '@switchboard/spec';
import type { Approval, ApprovalStatus } from './approval.js';
import { approvalDecidedEvent, approvalRequestedEvent } from './approval-events.js';
import { listApprovals } from './list-approvals.js';

export interface ApprovalQueue {
  /** Every approval, oldest first; only those with `status` when given. */
  list(status?: ApprovalStatus): Promise<Approval[]>;
  /** One approval; NOT_FOUND when no parked call has this id. */
  get(approvalId: string): Promise<Approval>;
}

export function createApprovalQueue(events: EventStore): ApprovalQueue {
  const read = async (status?: ApprovalStatus): Promise<Approval[]> => {
    const [requested, decided] = await Promise.all([
      events.list({ type: approvalRequestedEvent }),
      events.list({ type: approvalDecidedEvent }),
    ]);
    return listApprovals([...requested, ...decided], status);
  };
  return {
    list: read,
    async get(approvalId) {
      const approval = (await read()).find((candidate) => candidate.id === approvalId);
      if (!approval) throw new SwitchboardError('NOT_FOUND', `approval ${approvalId} does not exist`, { details: { approvalId } });
      return approval;
    },
  };
}
