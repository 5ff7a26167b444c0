/** What the conversation service takes and answers: its dependencies, inputs, results and interface. */
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
  MessageOutcomeType,
  PipelineTrace,
  VerifiedIdentity,
} from '@switchboard/spec';
import type { OutcomeEvidence } from '../outcomes/outcome-evidence.js';
import type { AnswerPipeline, MessageContext, PipelineResult } from '../pipeline/answer-pipeline.js';
import type { Approval, ApprovalDecision, ApprovalStatus } from '../approval/approval.js';
import type { Actor } from '../workflow/actor.js';
import type { ReleaseArm, ReleaseAssignment } from '../release/release-assignment.js';
import type { KillSwitch } from './kill-switch.js';
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
