/** The pipeline's act dependency: runs a conversation's automated actions and answers for its action log. */
import type { CustomerInfo, PendingEvent } from '@switchboard/spec';
import type { ActionLogEntry } from './action-log.js';
import type { ToolDefinition } from './tool-definition.js';

export interface ActInput {
  readonly conversationId: string | null;
  readonly question: string;
  /** The intent stage's prediction, when there is an intent model. */
  readonly intent: { readonly label: string; readonly confidence: number; readonly outOfScope?: boolean } | null;
  readonly customer: CustomerInfo | null;
  /**
   * The customer id a signed identity token vouched for (never the body's `customer.id`): the action gateway starts
   * from it, so the policy's ownership guards apply without asking the customer to authenticate again. Null or absent
   * for an anonymous customer, who must authenticate through the policy's authentication tools.
   */
  readonly verifiedCustomerId?: string | null;
  /** The intent confidence an action needs to start (guardrails.minActionConfidence). */
  readonly minConfidence: number;
}

/** Who a resumed workflow acts for: the conversation and its verified customer, as for a message. */
export interface ResumeInput {
  readonly conversationId: string;
  readonly customer: CustomerInfo | null;
  /** As in `ActInput`: the customer a signed identity token vouched for, or null. */
  readonly verifiedCustomerId?: string | null;
}

export interface ActTurn {
  /** The workflow that took this turn. */
  readonly workflow: string;
  /** The reply to send; already checked against the action log by the workflow run. */
  readonly text: string;
  readonly status: 'waiting' | 'done' | 'handed_off';
  /** Set when the turn ended in a handoff to a human (a handoff step, or the kill switch). */
  readonly handoff: { readonly reason: string } | null;
  /** The tool calls this turn attempted and how each went. */
  readonly toolsRun: readonly { readonly name: string; readonly outcome: string; readonly result?: string }[];
  /** Text the reply may draw on for the output guard: the workflow's own rendered replies and this turn's results. */
  readonly evidence: readonly string[];
  /** The conversation's whole action log after this turn (what came before and this turn's entries). */
  readonly actionLog: readonly ActionLogEntry[];
  /** The events that record this turn (action-log entries, workflow state, withheld claims), committed with the reply. */
  readonly events: readonly PendingEvent[];
}

export interface Actor {
  /** Takes the turn when a workflow is under way in the conversation or the intent starts one; null otherwise. */
  act(input: ActInput): Promise<ActTurn | null>;
  /**
   * Continues a workflow parked for a person's approval once the decision is in the event log (`approval.decided`):
   * approved, the call runs through the action gateway; declined, the customer is told and nothing runs. Null when
   * the conversation's workflow waits on no decided approval.
   */
  resume(input: ResumeInput): Promise<ActTurn | null>;
  /** Everything attempted in the conversation, for the claim verifier. */
  actionLog(conversationId: string): Promise<readonly ActionLogEntry[]>;
  /** The tools and their effects, so the claim verifier knows which action backs which claim. */
  readonly tools: readonly Pick<ToolDefinition, 'name' | 'effects'>[];
}
