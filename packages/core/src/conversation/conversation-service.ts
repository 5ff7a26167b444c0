/**
 * The one owner of what a customer message produces. It creates conversations, loads one once per message, runs the
 * pipeline (which only decides), decides the handoff, and commits the customer's message, the reply, the trace and
 * every event in `commit` below, through the store interfaces. Nothing else on a message's path writes.
 *
 * Seams for what comes next: the release and experiment arm of a reply are chosen in `receive` before the pipeline
 * runs; outcome events are committed with the rest in `commit`; `lock` is where a store for many replicas puts its
 * per-conversation lock.
 */
import { SwitchboardError } from '@switchboard/spec';
import type {
  Conversation,
  CustomerInfo,
  HandoffRecord,
  Message,
  MessageOutcomeFacts,
  PendingEvent,
  PipelineTrace,
} from '@switchboard/spec';
import { openHandoffRecord } from '../handoff/build-handoff-packet.js';
import { outcomeEvidenceEvent } from '../outcomes/outcome-evidence.js';
import { handoffNotice } from '../handoff/handoff-notice.js';
import type { AnswerPipeline } from '../pipeline/answer-pipeline.js';
import { createApprovalQueue } from '../approval/approval-queue.js';
import { assignmentUnit } from '../experiments/assignment-unit.js';
import { plainArm, servingReleaseAssignment } from '../release/release-assignment.js';
import { runAssignedRelease } from './run-assigned-release.js';
import type {
  ConversationService,
  ConversationServiceDependencies,
  HumanRequest,
  IncomingMessage,
  MessageOutcome,
} from './conversation-service-types.js';
import { createInProcessConversationLock } from './conversation-lock.js';
import { decideApproval } from './decide-approval.js';
import { verifiedContext } from './verified-context.js';
import { killSwitchTurn } from './kill-switch.js';
import { inShadow } from '../shadow/shadow-sampling.js';
import { shadowTurn } from '../shadow/shadow-reply.js';

export type {
  ConversationService,
  ConversationServiceDependencies,
  CustomerFeedback,
  HumanRequest,
  IncomingMessage,
  MessageOutcome,
  StartInput,
} from './conversation-service-types.js';

/** What one commit writes, in this order. */
interface Writes {
  readonly conversation?: Conversation;
  readonly customer?: CustomerInfo;
  readonly messages?: readonly Message[];
  readonly trace?: PipelineTrace;
  /** An event that brings its own `id` (an approval's decision) is appended under it, so the store refuses a second. */
  readonly events?: readonly (PendingEvent & { readonly id?: string })[];
  readonly handoff?: HandoffRecord;
  /** What became of the customer's message, for the conversation's summary (the console's list). */
  readonly outcome?: MessageOutcomeFacts;
}

export function createConversationService(deps: ConversationServiceDependencies): ConversationService {
  const lock = deps.lock ?? createInProcessConversationLock();
  const releases = deps.release ?? servingReleaseAssignment(null);
  const now = (): string => new Date(deps.clock()).toISOString();
  const message = (conversationId: string, role: Message['role'], text: string): Message => ({
    id: deps.newId('msg'),
    conversationId,
    role,
    text,
    createdAt: now(),
    citations: [],
    traceId: null,
  });

  /** The one place a message's effects are written. */
  async function commit(conversationId: string | null, writes: Writes): Promise<void> {
    if (writes.conversation) await deps.conversations.createConversation(writes.conversation);
    if (conversationId !== null && writes.customer) await deps.conversations.updateCustomer(conversationId, writes.customer);
    if (writes.trace) await deps.conversations.saveTrace(writes.trace);
    for (const stored of writes.messages ?? []) await deps.conversations.appendMessage(stored);
    if (conversationId !== null && writes.outcome) await deps.conversations.recordMessageOutcome(conversationId, writes.outcome);
    const at = now();
    for (const event of writes.events ?? []) await deps.events.append({ id: deps.newId('evt'), at, conversationId, ...event });
    if (conversationId !== null && writes.handoff) {
      await deps.handoffs.create(writes.handoff);
      await deps.conversations.setStatus(conversationId, 'handoff');
      const { id: handoffId, reason, queue } = writes.handoff;
      await deps.events.append({ id: deps.newId('evt'), type: 'handoff.created', at, conversationId, data: { handoffId, reason, queue } });
    }
  }

  const currentHandoff = async (conversationId: string): Promise<HandoffRecord | null> =>
    (await deps.handoffs.list({ conversationId, status: ['open', 'claimed'] }))[0] ?? null;

  const find = async (conversationId: string): Promise<Conversation> => {
    const conversation = await deps.conversations.getConversation(conversationId);
    if (!conversation) throw new SwitchboardError('NOT_FOUND', `conversation ${conversationId} does not exist`);
    return conversation;
  };

  const pipelineOf = async (release: string): Promise<AnswerPipeline> => (deps.pipelineFor ? deps.pipelineFor(release) : deps.pipeline);

  /** Shadow turns under way; each removes itself when recorded. */
  const shadowTurns = new Set<Promise<void>>();

  async function receiveLocked(
    conversationId: string,
    incoming: IncomingMessage,
    afterUnlock: (work: () => Promise<void>) => void,
  ): Promise<MessageOutcome> {
    const conversation = await find(conversationId);
    incoming.admit?.(conversation);
    const history = (await deps.conversations.listMessages(conversationId)).map((m) => ({ speaker: m.role, text: m.text }));
    const received = message(conversationId, 'customer', incoming.text);
    // The customer's message is stored before the pipeline runs, so a failure further on never loses it.
    await commit(conversationId, {
      ...(incoming.customer ? { customer: incoming.customer } : {}),
      messages: [received],
      events: [
        ...(incoming.customer ? [{ type: 'customer.updated', data: { customer: incoming.customer } }] : []),
        { type: 'message.received', data: { text: incoming.text, messageId: received.id } },
      ],
    });

    if (conversation.status === 'handoff') {
      const handoff = await currentHandoff(conversationId);
      await commit(conversationId, {
        events: [{ type: 'message.held', data: { messageId: received.id, handoffId: handoff?.id ?? null } }],
        outcome: { outcome: 'held', intent: null, persona: null },
      });
      return { answer: null, trace: null, handoff, outcome: 'held', messageId: null };
    }

    // Chosen per customer before the pipeline runs, so one customer is answered by one release throughout.
    const assigned = await releases.current(assignmentUnit(conversation));
    // Only the identity verified at creation decides; the body's customer stays display data for agents.
    // The kill switch stops the bot before it decides or acts: no pipeline, no tool call, a person takes over.
    const switched = await deps.killSwitch?.current();
    const result = switched?.on
      ? {
          ...killSwitchTurn({
            question: incoming.text,
            conversationId,
            state: switched,
            humanQueue: deps.humanQueue ?? { queue: 'support', hours: 'during business hours' },
            ...(deps.killSwitchMessage === undefined ? {} : { message: deps.killSwitchMessage }),
            traceId: deps.newId('trace'),
            createdAt: now(),
          }),
          release: plainArm(assigned),
        }
      : await runAssignedRelease(pipelineOf, assigned, incoming.text, {
          conversationId,
          history,
          ...verifiedContext(conversation.identity),
        });
    const { answer, facts, release } = result;
    const trace = {
      ...result.trace,
      ...(incoming.requestId === undefined ? {} : { requestId: incoming.requestId }),
      release: release.release,
      arm: release.arm,
      ...(release.experiment === undefined ? {} : { experiment: release.experiment }),
    };
    const outcome: MessageOutcome['outcome'] =
      answer.handoff?.mode === 'transferred' ? 'handoff' : facts.route === 'refuse' ? 'refused' : answer.handoff ? 'declined' : 'answered';
    const events: PendingEvent[] = [
      ...result.events,
      {
        type: `message.${outcome}`,
        data: {
          traceId: trace.id,
          text: answer.text,
          confidence: answer.confidence,
          citations: answer.citations.map((c) => c.chunkId),
          handoff: answer.handoff,
          ...facts,
          // For the rollout's latency guardrail, which reads the log, not the traces.
          milliseconds: trace.totalMilliseconds,
          release: release.release,
          arm: release.arm,
          ...(release.experiment === undefined ? {} : { experiment: release.experiment }),
        },
      },
      ...facts.toolsRun.map((tool) => ({ type: 'action.executed', data: { tool: tool.name, outcome: tool.outcome, traceId: trace.id } })),
    ];
    const reply = { ...message(conversationId, 'bot', answer.text), citations: answer.citations, traceId: trace.id };
    const transferred = answer.handoff?.mode === 'transferred' ? answer.handoff : null;
    // The handoff packet is built from the whole log, so this message's events are committed first.
    // An out-of-scope label ('oos') says what the message was not about, so it never becomes the conversation's intent.
    const intent = facts.intent && !facts.intent.outOfScope ? facts.intent.label : null;
    await commit(conversationId, { trace, messages: [reply], events, outcome: { outcome, intent, persona: facts.persona } });
    let handoff: HandoffRecord | null = null;
    if (transferred) {
      handoff = await currentHandoff(conversationId);
      if (!handoff) {
        handoff = openHandoffRecord({
          id: deps.newId('handoff'),
          conversationId,
          reason: transferred.reason,
          queue: transferred.queue,
          createdAt: now(),
          events: await deps.events.list({ conversationId }),
        });
        await commit(conversationId, { handoff });
      }
    }
    // Only a reply the bot made (not held, not the kill switch's) is shadowed, after the lock is released so neither
    // this reply nor the conversation's next message waits for the candidate.
    const shadow = deps.shadow;
    if (shadow && !switched?.on)
      afterUnlock(async () => {
        const run = await shadow.current();
        if (!run || !inShadow(assignmentUnit(conversation), run)) return;
        const context = { conversationId, history, ...verifiedContext(conversation.identity) };
        const production = { result: { ...result, trace }, release, messageId: reply.id };
        const event = await shadowTurn(() => shadow.pipelineFor(run.release), { run, question: incoming.text, context, production });
        await commit(conversationId, { events: [event] });
      });
    return { answer, trace, handoff, outcome, messageId: reply.id, release };
  }

  const approvals = createApprovalQueue(deps.events);

  async function requestHumanLocked(conversationId: string): Promise<HumanRequest> {
    await find(conversationId);
    const open = await currentHandoff(conversationId);
    if (open) return { handoff: open, opened: false };
    const escalation = deps.humanQueue ?? { queue: 'support', hours: 'during business hours' };
    const reason = 'customer_request';
    const notice = message(conversationId, 'bot', handoffNotice(escalation));
    await commit(conversationId, {
      messages: [notice],
      events: [{ type: 'handoff.requested', data: { reason, messageId: notice.id } }],
    });
    const handoff = openHandoffRecord({
      id: deps.newId('handoff'),
      conversationId,
      reason,
      queue: escalation.queue,
      createdAt: now(),
      events: await deps.events.list({ conversationId }),
    });
    await commit(conversationId, { handoff });
    return { handoff, opened: true };
  }

  return {
    async start(input = {}) {
      const conversation: Conversation = {
        id: deps.newId('conv'),
        createdAt: now(),
        customer: input.customer ?? null,
        identity: input.identity ?? null,
        deviceId: input.deviceId ?? null,
        status: 'bot',
      };
      const { customer, identity, deviceId } = conversation;
      await commit(conversation.id, {
        conversation,
        events: [{ type: 'conversation.created', data: { customer, identity, deviceId } }],
      });
      return conversation;
    },
    async receive(conversationId, incoming) {
      const later: (() => Promise<void>)[] = [];
      const received = await lock.run(conversationId, () => receiveLocked(conversationId, incoming, (work) => later.push(work)));
      for (const work of later) {
        // A shadow failure is never the customer's: it is reported to the app (a warning) and the reply stands.
        const running: Promise<void> = work()
          .catch((error: unknown) => deps.shadow?.onError?.(error))
          .finally(() => shadowTurns.delete(running));
        shadowTurns.add(running);
      }
      return received;
    },
    async settle() {
      while (shadowTurns.size > 0) await Promise.allSettled([...shadowTurns]);
    },
    requestHuman: (conversationId) => lock.run(conversationId, () => requestHumanLocked(conversationId)),
    listApprovals: (status) => approvals.list(status),
    async decideApproval(approvalId, decision) {
      const { conversationId } = await approvals.get(approvalId);
      return lock.run(conversationId, async () =>
        decideApproval(
          {
            conversation: await find(conversationId),
            events: deps.events,
            handoffs: deps.handoffs,
            act: deps.act ?? null,
            commit: (writes) => commit(conversationId, writes),
            botMessage: (text) => message(conversationId, 'bot', text),
            newId: deps.newId,
            now,
            humanQueue: deps.humanQueue ?? { queue: 'support' },
          },
          approvalId,
          decision,
        ),
      );
    },
    async recordFeedback(conversationId, feedback) {
      await find(conversationId);
      if (feedback.messageId !== undefined) {
        const messages = await deps.conversations.listMessages(conversationId);
        if (!messages.some((stored) => stored.id === feedback.messageId && stored.role === 'bot'))
          throw new SwitchboardError('NOT_FOUND', `message ${feedback.messageId} is not a reply in conversation ${conversationId}`);
      }
      const id = deps.newId('feedback');
      await commit(conversationId, { events: [{ type: 'feedback.recorded', data: { feedbackId: id, ...feedback } }] });
      return { id };
    },
    async recordOutcome(conversationId, evidence) {
      await find(conversationId);
      const { id, event } = outcomeEvidenceEvent(evidence, now(), deps.newId);
      if (event.id !== undefined && (await deps.events.list({ conversationId, type: event.type })).some((stored) => stored.id === event.id))
        return { id, recorded: false };
      await commit(conversationId, { events: [event] });
      return { id, recorded: true };
    },
    async answerOnce(question, context = {}) {
      const result = await deps.pipeline.run(question, context);
      await commit(null, { events: result.events });
      return result;
    },
    async read(conversationId) {
      const conversation = await find(conversationId);
      return { ...conversation, messages: await deps.conversations.listMessages(conversationId) };
    },
    async trace(traceId) {
      const trace = await deps.conversations.getTrace(traceId);
      if (!trace) throw new SwitchboardError('NOT_FOUND', `trace ${traceId} does not exist`);
      return trace;
    },
  };
}
