/**
 * A person's decision on a workflow call parked for approval, carried out for the conversation service under the
 * conversation's lock and written through its `commit`. The decision is appended first, under an id derived from the
 * approval, so the event store lets exactly one decision in, whichever process or replica made it; only the winner
 * resumes the workflow, so the call runs at most once.
 */
import { SwitchboardError } from '@switchboard/spec';
import type { Conversation, EventStore, HandoffRecord, HandoffStore, IdGenerator, Message, PendingEvent } from '@switchboard/spec';
import { approvalDecided } from '../approval/approval-events.js';
import type { Approval, ApprovalDecision } from '../approval/approval.js';
import { listApprovals } from '../approval/list-approvals.js';
import { openHandoffRecord } from '../handoff/build-handoff-packet.js';
import type { Actor } from '../workflow/actor.js';
import { loadWorkflowHistory } from '../workflow/workflow-state-events.js';
import { verifiedContext } from './verified-context.js';

/** What the decision writes, in one `commit` each: the decision, then the workflow's turn, then a handoff. */
export interface DecisionWrites {
  readonly messages?: readonly Message[];
  /** An event with its own `id` is appended under it (the decision), so a second one is refused by the store. */
  readonly events?: readonly (PendingEvent & { readonly id?: string })[];
  readonly handoff?: HandoffRecord;
}

export interface DecisionContext {
  readonly conversation: Conversation;
  readonly events: EventStore;
  readonly handoffs: HandoffStore;
  /** The workflow actor the pipeline runs; decisions resume its workflows. */
  readonly act: Actor | null;
  /** The conversation service's commit, for this conversation. */
  readonly commit: (writes: DecisionWrites) => Promise<void>;
  /** A new bot message in this conversation. */
  readonly botMessage: (text: string) => Message;
  readonly newId: IdGenerator;
  readonly now: () => string;
  /** The human queue a resumed workflow that hands off goes to (config `handoff`). */
  readonly humanQueue: { readonly queue: string };
}

const alreadyDecided = (approval: Approval): SwitchboardError =>
  new SwitchboardError(
    'ALREADY_DECIDED',
    `approval ${approval.id} was already ${approval.status} by ${approval.decidedBy} at ${approval.decidedAt}; reload the approvals`,
    { details: { approvalId: approval.id, status: approval.status, decidedBy: approval.decidedBy, decidedAt: approval.decidedAt } },
  );

async function readApproval(context: DecisionContext, approvalId: string): Promise<Approval> {
  const approval = listApprovals(await context.events.list({ conversationId: context.conversation.id })).find(
    (candidate) => candidate.id === approvalId,
  );
  if (!approval) throw new SwitchboardError('NOT_FOUND', `approval ${approvalId} does not exist`, { details: { approvalId } });
  return approval;
}

/** Records the decision, resumes the workflow with it and stores what the workflow said; returns the decided approval. */
export async function decideApproval(context: DecisionContext, approvalId: string, decision: ApprovalDecision): Promise<Approval> {
  const conversationId = context.conversation.id;
  const before = await readApproval(context, approvalId);
  if (before.status !== 'pending') throw alreadyDecided(before);
  if (!context.act)
    throw new SwitchboardError('CONFIG_INVALID', 'approvals need the workflow actor: pass `act` to createConversationService', {
      details: { field: 'act' },
    });
  const history = await loadWorkflowHistory(context.events, conversationId);
  // Only a run parked on this very approval can take it; otherwise deciding would record something nothing carries out.
  if (history.state?.approval !== approvalId || history.state.run.waiting?.kind !== 'approval')
    throw new SwitchboardError(
      'ALREADY_DECIDED',
      `approval ${approvalId} is no longer waiting: the workflow of conversation ${conversationId} has moved on without it`,
      { details: { approvalId, status: before.status } },
    );

  try {
    await context.commit({ events: [approvalDecided(approvalId, decision)] });
  } catch (error) {
    // The store refused the decision's id: another request, perhaps in another process, decided first.
    const now = await readApproval(context, approvalId);
    if (now.status !== 'pending') throw alreadyDecided(now);
    throw error;
  }

  const turn = await context.act.resume({ conversationId, ...verifiedContext(context.conversation.identity) });
  if (turn) {
    await context.commit({
      messages: [context.botMessage(turn.text)],
      events: [
        ...turn.events,
        ...turn.toolsRun.map((tool) => ({ type: 'action.executed', data: { tool: tool.name, outcome: tool.outcome, traceId: null } })),
      ],
    });
    const [open] = await context.handoffs.list({ conversationId, status: ['open', 'claimed'] });
    if (turn.handoff && !open) {
      const { reason } = turn.handoff;
      await context.commit({
        handoff: openHandoffRecord({
          id: context.newId('handoff'),
          conversationId,
          reason,
          queue: context.humanQueue.queue,
          createdAt: context.now(),
          events: await context.events.list({ conversationId }),
        }),
      });
    }
  }
  return readApproval(context, approvalId);
}
