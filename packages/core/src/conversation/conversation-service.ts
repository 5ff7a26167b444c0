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
  Answer,
  Clock,
  Conversation,
  ConversationLock,
  ConversationStore,
  CustomerInfo,
  EventStore,
  HandoffRecord,
  HandoffStore,
  IdGenerator,
  Message,
  MessageOutcomeFacts,
  MessageOutcomeType,
  PendingEvent,
  PipelineTrace,
  VerifiedIdentity,
} from '@switchboard/spec';
import { openHandoffRecord } from '../handoff/build-handoff-packet.js';
import { outcomeEvidenceEvent, type OutcomeEvidence } from '../outcomes/outcome-evidence.js';
import { handoffNotice } from '../handoff/handoff-notice.js';
import type { AnswerPipeline, MessageContext, PipelineResult } from '../pipeline/answer-pipeline.js';
import { createApprovalQueue } from '../approval/approval-queue.js';
import type { Approval, ApprovalDecision, ApprovalStatus } from '../approval/approval.js';
import type { Actor } from '../workflow/actor.js';
import { assignmentUnit } from '../experiments/assignment-unit.js';
import { plainArm, servingReleaseAssignment, type ReleaseArm, type ReleaseAssignment } from '../release/release-assignment.js';
import { IntentNotAdmitted } from '../pipeline/intent-not-admitted.js';
import { createInProcessConversationLock } from './conversation-lock.js';
import { decideApproval } from './decide-approval.js';
import { verifiedContext } from './verified-context.js';
import { killSwitchTurn, type KillSwitch } from './kill-switch.js';
import { inShadow } from '../shadow/shadow-sampling.js';
import { shadowTurn } from '../shadow/shadow-reply.js';
import type { ShadowService } from '../shadow/shadow-service.js';

export interface ConversationServiceDependencies {
  readonly pipeline: AnswerPipeline;
  readonly conversations: ConversationStore;
  readonly events: EventStore;
  readonly handoffs: HandoffStore;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  /** Serializes each conversation's messages; an in-process lock when absent. */
  readonly lock?: ConversationLock;
  /** The human queue a customer's own request for a person goes to, and its hours (config `handoff`); 'support' when absent. */
  readonly humanQueue?: { readonly queue: string; readonly hours: string };
  /** The workflow actor the pipeline runs, so a person's decision on a parked call resumes its workflow. */
  readonly act?: Actor | null;
  /**
   * The release and arm that answer a unit (customer, else device, else conversation: `assignmentUnit`), asked before
   * the pipeline runs and recorded on the reply's event, trace and outcome; every reply is `unreleased`/`baseline` without it.
   */
  readonly release?: ReleaseAssignment;
  /**
   * The pipeline of each release in play (a staged rollout serves two), chosen by the release `release` assigned the
   * message; `pipeline` answers when absent.
   */
  readonly pipelineFor?: (release: string) => Promise<AnswerPipeline>;
  /** The product-wide kill switch (kill-switch.ts), checked before each message's pipeline; never on when absent. */
  readonly killSwitch?: Pick<KillSwitch, 'current'>;
  /** What the customer is told while it is on (config `killSwitch.message`); `defaultKillSwitchMessage` when absent. */
  readonly killSwitchMessage?: string;
  /**
   * Shadow mode (core/shadow): after the reply is committed, a sampled unit's message is answered again by the running
   * shadow run's candidate, in the background and with dry-run tools, and only a `shadow.reply` event is committed.
   */
  readonly shadow?: ShadowService;
}

export interface IncomingMessage {
  readonly text: string;
  /** Customer facts sent with the message, merged into the conversation's display data (asserted: they decide nothing). */
  readonly customer?: CustomerInfo;
  /** The request that carried the message, stored on the trace so a log line leads to it. */
  readonly requestId?: string;
  /**
   * Called with the loaded conversation before anything is stored; throwing refuses the message (the HTTP layer's
   * rate limit keyed by the conversation's customer).
   */
  readonly admit?: (conversation: Conversation) => void;
}

export interface StartInput {
  /** Display data the caller asserts (body `customer`), shown to agents; it decides nothing. */
  readonly customer?: CustomerInfo | null;
  /**
   * The identity the app verified from a signed token; its attributes alone pick personas, the language fallback,
   * admin sections and whose records workflows may touch, for every message of the conversation.
   */
  readonly identity?: VerifiedIdentity | null;
  /** The device the conversation was started from, stored for per-device assignment. */
  readonly deviceId?: string | null;
}

export interface MessageOutcome {
  /** The bot's reply; null while a human owns the conversation (the bot stays silent). */
  readonly answer: Answer | null;
  readonly trace: PipelineTrace | null;
  /** The handoff the conversation is in after this message, if any. */
  readonly handoff: HandoffRecord | null;
  readonly outcome: MessageOutcomeType;
  /** The stored bot message (what thumbs name); null when the bot stayed silent. */
  readonly messageId: string | null;
  /** The release and arm that produced the reply; absent when the bot stayed silent. */
  readonly release?: ReleaseArm;
}

export interface HumanRequest {
  /** The handoff the conversation is in now: the one just opened, or the one already open or claimed. */
  readonly handoff: HandoffRecord;
  /** False when the conversation was already with a person (or waiting for one). */
  readonly opened: boolean;
}

export interface CustomerFeedback {
  /** The bot message the thumbs are for; the conversation as a whole when absent. */
  readonly messageId?: string;
  readonly thumbs?: 'up' | 'down';
  /** Customer satisfaction, 1 (worst) to 5. */
  readonly csat?: number;
  readonly comment?: string;
}

export interface ConversationService {
  /** Creates a conversation for a customer. */
  start(input?: StartInput): Promise<Conversation>;
  /** Takes a customer message from arrival to stored reply. NOT_FOUND when the conversation does not exist. */
  receive(conversationId: string, message: IncomingMessage): Promise<MessageOutcome>;
  /**
   * Answers a question outside any conversation (`switchboard ask`): nothing is stored but the events the answer
   * produced (a withheld reply), which the audit log keeps.
   */
  answerOnce(question: string, context?: MessageContext): Promise<PipelineResult>;
  /**
   * Records the customer's feedback as a `feedback.recorded` event: thumbs on one bot message, a 1–5 rating of the
   * conversation, a comment. NOT_FOUND when the conversation, or the message in it, does not exist.
   */
  recordFeedback(conversationId: string, feedback: CustomerFeedback): Promise<{ readonly id: string }>;
  /**
   * Records outcome evidence (core/outcomes): an agent's stated outcome as `outcome.recorded`, or the state of a
   * Zendesk ticket linked to the conversation as `ticket.outcome` under an id derived from that state, so the same
   * state read again is not recorded twice (`recorded: false`). NOT_FOUND when the conversation does not exist.
   */
  recordOutcome(conversationId: string, evidence: OutcomeEvidence): Promise<{ readonly id: string; readonly recorded: boolean }>;
  /**
   * The customer asked for a person ("Talk to a person" in the widget): opens a handoff with reason
   * 'customer_request' and tells the customer who takes over, unless one is open already. NOT_FOUND when unknown.
   */
  requestHuman(conversationId: string): Promise<HumanRequest>;
  /** The conversation with its messages; NOT_FOUND when unknown. */
  read(conversationId: string): Promise<Conversation & { readonly messages: Message[] }>;
  /** A stored trace; NOT_FOUND when unknown. */
  trace(traceId: string): Promise<PipelineTrace>;
  /** Workflow calls parked for a person's approval, oldest first, from the event log; only `status` when given. */
  listApprovals(status?: ApprovalStatus): Promise<Approval[]>;
  /**
   * A person's decision on a parked call. Of concurrent decisions, in any process, exactly one wins and the rest throw
   * ALREADY_DECIDED. Approved, the workflow resumes and the call runs through the action gateway; denied, nothing runs
   * and the customer is told; the workflow's replies are stored as bot messages. NOT_FOUND for an unknown id.
   */
  decideApproval(approvalId: string, decision: ApprovalDecision): Promise<Approval>;
  /** Resolves once every shadow turn started so far is recorded (or has failed): for tests and a graceful shutdown. */
  settle(): Promise<void>;
}

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

  /**
   * Runs the assigned release's pipeline. A first stage that lists intents (`onlyIntents`) admits only those: the
   * pipeline stops after its intent stage, before anything could act, and the message goes to `otherwise`.
   */
  async function runAssigned(
    assigned: ReleaseArm,
    question: string,
    context: MessageContext,
  ): Promise<PipelineResult & { readonly release: ReleaseArm }> {
    const { onlyIntents, otherwise } = assigned;
    if (!onlyIntents || !otherwise)
      return { ...(await (await pipelineOf(assigned.release)).run(question, context)), release: plainArm(assigned) };
    const admitted = new Set(onlyIntents);
    try {
      const admitIntent = (intent: string | null): boolean => intent !== null && admitted.has(intent);
      return { ...(await (await pipelineOf(assigned.release)).run(question, { ...context, admitIntent })), release: plainArm(assigned) };
    } catch (error) {
      if (!(error instanceof IntentNotAdmitted)) throw error;
      return { ...(await (await pipelineOf(otherwise.release)).run(question, context)), release: plainArm(otherwise) };
    }
  }

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
      : await runAssigned(assigned, incoming.text, { conversationId, history, ...verifiedContext(conversation.identity) });
    const { answer, facts, release } = result;
    const trace = {
      ...result.trace,
      ...(incoming.requestId === undefined ? {} : { requestId: incoming.requestId }),
      release: release.release,
      arm: release.arm,
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
