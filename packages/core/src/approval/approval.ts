/** A workflow call parked for a person's approval, as agents see it: what, for whom, why, and what was decided. */
import type { CustomerInfo } from '@switchboard/spec';

export type ApprovalStatus = 'pending' | 'approved' | 'denied';

export interface Approval {
  /** Names the parked call: its conversation and the action-log entry that parked it (`approvalIdOf`). */
  readonly id: string;
  readonly conversationId: string;
  readonly status: ApprovalStatus;
  /** The workflow that is waiting. */
  readonly workflow: string;
  readonly tool: string;
  readonly args: Readonly<Record<string, unknown>>;
  /** The guard or step that parked the call ('authority_limit', 'approve_step') and why, in its own words. */
  readonly policy: { readonly name?: string; readonly reason: string };
  /** The customer the workflow acts for: the verified or authenticated id and the identity token's attributes. */
  readonly customer: CustomerInfo | null;
  readonly createdAt: string;
  readonly decidedAt: string | null;
  /** The person who decided (the `agent` of the decision). */
  readonly decidedBy: string | null;
  readonly note: string | null;
}

/** A person's answer to a parked call. */
export interface ApprovalDecision {
  readonly approved: boolean;
  /** Who decided, as the agent names themselves; recorded in the action log and the audit event. */
  readonly approver: string;
  /** Why, in the person's words; a denial passes it on to the customer. */
  readonly note?: string | null;
}
