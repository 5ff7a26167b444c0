/**
 * Runs the workspace's workflows inside conversations: an intent above the threshold starts one, every later message
 * continues it until it is done. Its state and action log live in the event store between messages; a turn returns
 * the events that record it, and the conversation service commits them with the reply. A call parked for a person's
 * approval is announced with `approval.requested`; once `approval.decided` is in the log, `resume` (or the
 * conversation's next message) continues the run with that decision.
 */
import type { Clock, CustomerInfo, EventStore, IdGenerator, PendingEvent } from '@switchboard/spec';
import { approvalIdOf, approvalRequested } from '../approval/approval-events.js';
import type { ApprovalDecision } from '../approval/approval.js';
import { createActionGateway, type ActionGateway, type StartTimer } from './action-gateway.js';
import { createMemoryActionLog } from './action-log.js';
import type { Actor, ActTurn } from './actor.js';
import { callKey } from './call-key.js';
import type { ToolExecutor } from './tool-definition.js';
import { createToolRegistry } from './tool-registry.js';
import type { WorkflowDefinition } from './workflow-definition.js';
import { createWorkflowRun, type WorkflowEvent, type WorkflowRun, type WorkflowTurn } from './workflow-run.js';
import { readConfirmation } from './workflow-slots.js';
import { loadWorkflowHistory, workflowTurnEvents, type ConversationWorkflowHistory, type WorkflowState } from './workflow-state-events.js';
import type { WorkflowWorkspace } from './workflow-workspace.js';

export interface WorkflowActorOptions {
  readonly workspace: WorkflowWorkspace;
  readonly executor: ToolExecutor;
  readonly events: EventStore;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  /** Overrides policy.yaml: every automated write becomes a handoff (SWITCHBOARD_KILL_SWITCH, passed in by the app). */
  readonly killSwitch?: boolean;
  readonly startTimer?: StartTimer;
}

const askAgain = 'Please answer yes or no.';
const awaitingApproval = 'This is waiting for a human to approve it; I will continue as soon as they do.';

export function createWorkflowActor(options: WorkflowActorOptions): Actor {
  const { workspace } = options;
  const guards = options.killSwitch ? { ...workspace.guards, killSwitch: true } : workspace.guards;
  const registry = createToolRegistry(workspace.tools);
  const tools = registry.list();
  const conditions = Object.fromEntries(Object.entries(workspace.conditions).map(([name, condition]) => [name, condition.when]));

  interface Session {
    readonly conversationId: string;
    readonly workflow: WorkflowDefinition;
    readonly history: ConversationWorkflowHistory;
    readonly gateway: ActionGateway;
    readonly run: WorkflowRun;
    readonly customer: CustomerInfo | null;
  }

  /** The gateway and the run of a conversation's workflow, picked up where its stored history left them. */
  function open(
    conversationId: string,
    workflow: WorkflowDefinition,
    history: ConversationWorkflowHistory,
    who: { readonly customer: CustomerInfo | null; readonly verifiedCustomerId?: string | null },
  ): Session {
    const log = createMemoryActionLog();
    for (const entry of history.entries) log.append(entry);
    const gateway = createActionGateway({
      conversationId,
      registry,
      executor: options.executor,
      guards,
      log,
      clock: options.clock,
      newId: options.newId,
      ...(options.startTimer ? { startTimer: options.startTimer } : {}),
      ...(history.state ? { pending: history.state.pending } : {}),
      verifiedCustomerId: who.verifiedCustomerId ?? null,
    });
    const run = createWorkflowRun({
      workflow,
      gateway,
      tools,
      conditions,
      authenticationTools: guards.authentication?.tools ?? [],
      ...(history.state ? { resume: history.state.run } : {}),
    });
    return { conversationId, workflow, history, gateway, run, customer: who.customer };
  }

  const decided = (decision: ApprovalDecision): WorkflowEvent => ({ type: 'approval', ...decision });

  /** What a turn did, as the pipeline and the conversation service take it: reply, tools run, events to commit. */
  function conclude(session: Session, turn: WorkflowTurn): ActTurn {
    const { conversationId, workflow, history, gateway, run } = session;
    const newEntries = gateway.log().slice(history.entries.length);
    const prompt = turn.replies.at(-1) ?? history.state?.prompt ?? '';
    const waitingCall = turn.waitingFor?.kind === 'approval' ? callKey(turn.waitingFor.call) : null;
    // The entry that parked the call this turn names the approval; a run still waiting keeps the one it had.
    const parked = newEntries.findLast((entry) => entry.status === 'awaiting_approval' && callKey(entry) === waitingCall);
    const approval = parked ? approvalIdOf(conversationId, parked.id) : waitingCall ? history.state?.approval : undefined;
    const state: WorkflowState | null =
      turn.status === 'waiting'
        ? { workflow: workflow.name, run: run.snapshot(), pending: gateway.pending(), prompt, ...(approval ? { approval } : {}) }
        : null;
    const customerId = gateway.customerId();
    const customer = customerId === null ? session.customer : { ...session.customer, id: customerId };
    const events: PendingEvent[] = [
      ...workflowTurnEvents(newEntries, state),
      ...(parked && approval
        ? [
            approvalRequested({
              approvalId: approval,
              workflow: workflow.name,
              tool: parked.tool,
              args: parked.arguments,
              policy: { ...(parked.guard ? { name: parked.guard } : {}), reason: parked.reason ?? '' },
              customer,
              entryId: parked.id,
            }),
          ]
        : []),
      ...turn.blocked.map((withheld) => ({
        type: 'claim.blocked',
        data: { workflow: workflow.name, blockedText: withheld.text, unsupported: withheld.unsupported },
      })),
    ];
    const killed = newEntries.some((entry) => entry.handedOff);
    return {
      workflow: workflow.name,
      text: turn.replies.join(' '),
      status: turn.status,
      handoff: turn.status === 'handed_off' ? { reason: killed ? 'kill_switch' : `workflow:${workflow.name}` } : null,
      toolsRun: newEntries.map((entry) => ({
        name: entry.tool,
        outcome: entry.status,
        ...(entry.result === undefined ? {} : { result: JSON.stringify(entry.result) }),
      })),
      evidence: [
        ...turn.replies,
        ...newEntries.map((entry) => `${entry.tool} ${entry.status} ${entry.reason ?? ''} ${JSON.stringify(entry.result ?? '')}`),
      ],
      actionLog: gateway.log(),
      events,
    };
  }

  return {
    tools,
    actionLog: async (conversationId) => (await loadWorkflowHistory(options.events, conversationId)).entries,
    async act(input) {
      if (!input.conversationId) return null; // Without a conversation there is nowhere to keep a workflow's state.
      const history = await loadWorkflowHistory(options.events, input.conversationId);
      const intent = input.intent && !input.intent.outOfScope && input.intent.confidence >= input.minConfidence ? input.intent.label : null;
      const name = history.state?.workflow ?? workspace.workflows.find((candidate) => intent && candidate.intents.includes(intent))?.name;
      const workflow = workspace.workflows.find((candidate) => candidate.name === name);
      if (!workflow) return null;

      const session = open(input.conversationId, workflow, history, input);
      const { run } = session;
      const waiting = history.state?.run.waiting ?? null;
      let turn: WorkflowTurn;
      if (!history.state) turn = await run.start({ text: input.question });
      else if (waiting?.kind === 'confirmation') {
        const yes = readConfirmation(input.question);
        turn =
          yes === null
            ? { replies: [`${askAgain} ${history.state.prompt}`], status: 'waiting', waitingFor: waiting, blocked: [] }
            : await run.handle({ type: 'confirm', yes });
      } else if (waiting?.kind === 'approval')
        // A decision recorded without its turn (the deciding process stopped in between) is carried out now.
        turn = history.decision
          ? await run.handle(decided(history.decision))
          : { replies: [awaitingApproval], status: 'waiting', waitingFor: waiting, blocked: [] };
      else turn = await run.handle({ type: 'message', text: input.question });
      return conclude(session, turn);
    },
    async resume(input) {
      const history = await loadWorkflowHistory(options.events, input.conversationId);
      const workflow = workspace.workflows.find((candidate) => candidate.name === history.state?.workflow);
      if (!workflow || !history.decision || history.state?.run.waiting?.kind !== 'approval') return null;
      const session = open(input.conversationId, workflow, history, input);
      return conclude(session, await session.run.handle(decided(history.decision)));
    },
  };
}
