/**
 * Runs the workspace's workflows inside conversations: an intent above the threshold starts one, every later message
 * continues it until it is done. Its state and action log live in the event store between messages; a turn returns
 * the events that record it, and the conversation service commits them with the reply.
 */
import type { Clock, EventStore, IdGenerator, PendingEvent } from '@switchboard/spec';
import { createActionGateway, type StartTimer } from './action-gateway.js';
import { createMemoryActionLog } from './action-log.js';
import type { Actor, ActTurn } from './actor.js';
import type { ToolExecutor } from './tool-definition.js';
import { createToolRegistry } from './tool-registry.js';
import { createWorkflowRun, type WorkflowTurn } from './workflow-run.js';
import { readConfirmation } from './workflow-slots.js';
import { loadWorkflowHistory, workflowTurnEvents, type WorkflowState } from './workflow-state-events.js';
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

  return {
    tools,
    actionLog: async (conversationId) => (await loadWorkflowHistory(options.events, conversationId)).entries,
    async act(input) {
      if (!input.conversationId) return null; // Without a conversation there is nowhere to keep a workflow's state.
      const conversationId = input.conversationId;
      const history = await loadWorkflowHistory(options.events, conversationId);
      const intent = input.intent && !input.intent.outOfScope && input.intent.confidence >= input.minConfidence ? input.intent.label : null;
      const name = history.state?.workflow ?? workspace.workflows.find((candidate) => intent && candidate.intents.includes(intent))?.name;
      const workflow = workspace.workflows.find((candidate) => candidate.name === name);
      if (!workflow) return null;

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
        verifiedCustomerId: input.verifiedCustomerId ?? null,
      });
      const run = createWorkflowRun({
        workflow,
        gateway,
        tools,
        conditions,
        authenticationTools: guards.authentication?.tools ?? [],
        ...(history.state ? { resume: history.state.run } : {}),
      });
      const waiting = history.state?.run.waiting ?? null;
      let turn: WorkflowTurn;
      if (!history.state) turn = await run.start({ text: input.question });
      else if (waiting?.kind === 'confirmation') {
        const yes = readConfirmation(input.question);
        turn =
          yes === null
            ? { replies: [`${askAgain} ${history.state.prompt}`], status: 'waiting', waitingFor: waiting, blocked: [] }
            : await run.handle({ type: 'confirm', yes });
      } else if (waiting?.kind === 'approval') turn = { replies: [awaitingApproval], status: 'waiting', waitingFor: waiting, blocked: [] };
      else turn = await run.handle({ type: 'message', text: input.question });

      const newEntries = gateway.log().slice(history.entries.length);
      const prompt = turn.replies.at(-1) ?? history.state?.prompt ?? '';
      const state: WorkflowState | null =
        turn.status === 'waiting' ? { workflow: workflow.name, run: run.snapshot(), pending: gateway.pending(), prompt } : null;
      const events: PendingEvent[] = [
        ...workflowTurnEvents(newEntries, state),
        ...turn.blocked.map((withheld) => ({
          type: 'claim.blocked',
          data: { workflow: workflow.name, blockedText: withheld.text, unsupported: withheld.unsupported },
        })),
      ];
      const killed = newEntries.some((entry) => entry.handedOff);
      const result: ActTurn = {
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
      return result;
    },
  };
}
