/** Runs one declarative workflow in a conversation, step by step, through the action gateway and the claim verifier. */
import type { ActionGateway } from './action-gateway.js';
import { verifyActionClaims, type ActionClaim } from './claim-verifier.js';
import type { Condition, WorkflowDefinition, WorkflowStep } from './workflow-definition.js';
import { evaluateCondition, renderTemplate, type RunContext } from './workflow-expressions.js';
import type { ToolCall, ToolDefinition } from './tool-definition.js';
import { extractSlot } from './workflow-slots.js';

export type WorkflowEvent =
  | { readonly type: 'message'; readonly text: string; readonly slots?: Readonly<Record<string, string>> }
  | { readonly type: 'confirm'; readonly yes: boolean }
  | { readonly type: 'approval'; readonly approved: boolean; readonly approver: string; readonly note?: string | null };

export type WaitingFor =
  | { readonly kind: 'slot'; readonly slot: string }
  | { readonly kind: 'confirmation'; readonly call: ToolCall }
  | { readonly kind: 'approval'; readonly call: ToolCall };

export interface WorkflowTurn {
  readonly replies: readonly string[];
  readonly status: 'waiting' | 'done' | 'handed_off';
  readonly waitingFor: WaitingFor | null;
  /** Replies the claim verifier withheld, with the claims nothing in the log backs. */
  readonly blocked: readonly { readonly text: string; readonly unsupported: readonly ActionClaim[] }[];
}

export interface WorkflowRunOptions {
  readonly workflow: WorkflowDefinition;
  readonly gateway: ActionGateway;
  readonly tools: readonly ToolDefinition[];
  readonly conditions?: Readonly<Record<string, Condition>>;
  /** Picks a run up where a stored snapshot left it (the conversation's next message). */
  readonly resume?: WorkflowRunSnapshot;
  /**
   * The policy's authentication tools. Once the gateway knows the customer (a verified identity token, or an earlier
   * authentication), a call to one of them is skipped with the known customer id saved, and so is the collect step of
   * a slot that only such a call uses, so a verified customer is not asked for an email again.
   */
  readonly authenticationTools?: readonly string[];
}

/** Everything a run needs to continue in a later message: plain JSON, so it can be stored as an event. */
export interface WorkflowRunSnapshot {
  readonly index: number;
  readonly waiting: WaitingFor | null;
  readonly status: WorkflowTurn['status'];
  readonly context: Readonly<Record<string, unknown>>;
}

export interface WorkflowRun {
  /** Starts the run; every slot with a pattern or values is filled from the opening message when it holds one. */
  start(opening?: { readonly text?: string; readonly slots?: Readonly<Record<string, string>> }): Promise<WorkflowTurn>;
  handle(event: WorkflowEvent): Promise<WorkflowTurn>;
  context(): RunContext;
  snapshot(): WorkflowRunSnapshot;
}

const withheld = "I can't confirm that yet. Let me check what has actually been done before I say more.";
const maxStepsPerTurn = 200;

export function createWorkflowRun(options: WorkflowRunOptions): WorkflowRun {
  const { workflow, gateway } = options;
  const steps = workflow.steps;
  const context: Record<string, unknown> = structuredClone({ slots: {}, ...options.resume?.context });
  const slots = context['slots'] as Record<string, unknown>;
  let index = options.resume?.index ?? 0;
  let waiting: WaitingFor | null = options.resume?.waiting ?? null;
  let status: WorkflowTurn['status'] = options.resume?.status ?? 'waiting';
  let replies: string[] = [];
  let blocked: { text: string; unsupported: ActionClaim[] }[] = [];

  const indexOf = (id: string): number => (id === 'end' ? steps.length : steps.findIndex((step) => step.id === id));
  const go = (step: WorkflowStep): void => void (index = step.next ? indexOf(step.next) : index + 1);
  const render = (template: string): string => String(renderTemplate(template, context));
  const authenticates = (step: WorkflowStep): boolean => 'call' in step && (options.authenticationTools ?? []).includes(step.call);
  // A slot only authentication calls read (the email asked for to find the account) is not needed once the customer is known.
  const onlyForAuthentication = (slot: string): boolean => {
    // A longer slot name with this one as prefix counts as a reader too, which can only keep a question, never skip one.
    const readers = steps.filter((step) => !('collect' in step && step.collect === slot) && JSON.stringify(step).includes(`slots.${slot}`));
    return readers.length > 0 && readers.every(authenticates);
  };
  const known = (): string | null => gateway.customerId();
  const nextCall = (): ToolCall | null => {
    const step = steps.slice(index + 1).find((candidate) => 'call' in candidate);
    return step && 'call' in step
      ? { tool: step.call, arguments: renderTemplate(step.arguments, context) as Record<string, unknown> }
      : null;
  };
  function say(text: string): void {
    const verdict = verifyActionClaims(text, gateway.log(), options.tools);
    if (verdict.allowed) replies.push(text);
    else {
      blocked.push({ text, unsupported: [...verdict.unsupported] });
      replies.push(withheld);
    }
  }
  // A handoff packet may not tell the human that something happened when the log says it did not.
  function verifiedSummary(summary: string): string {
    const verdict = verifyActionClaims(summary, gateway.log(), options.tools);
    if (verdict.allowed) return summary;
    return `${summary} [Not backed by the action log, so not done: ${verdict.unsupported.map((claim) => claim.text).join('; ')}]`;
  }
  const finish = (final: WorkflowTurn['status']): void => {
    status = final;
    waiting = null;
    index = steps.length;
  };

  async function runStep(step: WorkflowStep): Promise<boolean> {
    if ('collect' in step) {
      if (slots[step.collect] !== undefined) return (go(step), true);
      if (known() !== null && onlyForAuthentication(step.collect)) return (go(step), true);
      say(render(step.prompt));
      waiting = { kind: 'slot', slot: step.collect };
      return false;
    }
    if ('call' in step && authenticates(step) && known() !== null) {
      if (step.save) context[step.save] = known();
      return (go(step), true);
    }
    if ('call' in step) {
      const call = { tool: step.call, arguments: renderTemplate(step.arguments, context) as Record<string, unknown> };
      const outcome = await gateway.attempt(call, { actor: `workflow:${workflow.name}` });
      context['last'] = { status: outcome.status, reason: outcome.reason ?? null };
      if (outcome.status === 'executed') {
        if (step.save) context[step.save] = outcome.result;
        return (go(step), true);
      }
      if (outcome.status === 'awaiting_approval') {
        say(`This needs a human's approval first: ${outcome.reason}.`);
        waiting = { kind: 'approval', call };
        return false;
      }
      // The kill switch already handed the call to a human: the run ends in that handoff.
      if (outcome.entry.handedOff) {
        say(`I can't make that change automatically: ${outcome.reason}.`);
        finish('handed_off');
        return false;
      }
      if (step.onFailure) return ((index = indexOf(step.onFailure)), true);
      say(`I couldn't do that: ${outcome.reason}.`);
      finish('done');
      return false;
    }
    if ('branch' in step) {
      const arm = step.branch.find((candidate) => !candidate.when || evaluateCondition(candidate.when, context, options.conditions));
      index = arm ? indexOf(arm.goto) : index + 1;
      return true;
    }
    if ('confirm' in step || 'approve' in step) {
      const call = nextCall();
      if (!call) throw new Error(`workflow '${workflow.name}': a confirm or approve step must come before a call step`);
      const text = render('confirm' in step ? step.confirm : step.approve);
      // The action log holds every parked call, whatever parked it, so agents find it and decide it.
      if ('approve' in step) gateway.park(call, { actor: `workflow:${workflow.name}`, reason: text });
      say(text);
      waiting = 'confirm' in step ? { kind: 'confirmation', call } : { kind: 'approval', call };
      return false;
    }
    if ('handoff' in step) {
      const handoffTool = options.tools.find((tool) => tool.handoff);
      if (handoffTool)
        await gateway.attempt(
          { tool: handoffTool.name, arguments: { summary: verifiedSummary(render(step.handoff)) } },
          { actor: `workflow:${workflow.name}` },
        );
      say('I am transferring you to a human agent, who will see everything we have discussed.');
      finish('handed_off');
      return false;
    }
    say(render(step.reply));
    go(step);
    return true;
  }

  async function advance(): Promise<WorkflowTurn> {
    for (let count = 0; waiting === null && index < steps.length; count++) {
      if (count >= maxStepsPerTurn)
        throw new Error(`workflow '${workflow.name}' ran ${maxStepsPerTurn} steps without waiting; check its branches for a loop`);
      if (index < 0) throw new Error(`workflow '${workflow.name}': a step names an unknown step id`);
      if (!(await runStep(steps[index]!))) break;
    }
    if (index >= steps.length && status === 'waiting') status = 'done';
    const turn: WorkflowTurn = { replies, status, waitingFor: waiting, blocked };
    replies = [];
    blocked = [];
    return turn;
  }

  function accept(event: WorkflowEvent): void {
    const step = steps[index];
    if (!waiting || !step) return;
    if (waiting.kind === 'slot' && event.type === 'message' && 'collect' in step) {
      const value = event.slots?.[waiting.slot] ?? extractSlot(step, event.text);
      waiting = null;
      // Without a usable value the collect step runs again and re-asks.
      if (value === undefined) return;
      slots[step.collect] = value;
      go(step);
    } else if (waiting.kind === 'confirmation' && event.type === 'confirm') {
      const call = waiting.call;
      waiting = null;
      if (event.yes) {
        gateway.confirm(call);
        go(step);
      } else if ('onDecline' in step && step.onDecline) index = indexOf(step.onDecline);
      else {
        say('Okay, I have not made any change.');
        finish('done');
      }
    } else if (waiting.kind === 'approval' && event.type === 'approval') {
      const call = waiting.call;
      waiting = null;
      if (!event.approved) {
        gateway.deny(call, event.approver, event.note ?? null);
        say('A person on our team reviewed this and did not approve it, so I have not made the change.');
        // The reviewer's own words, quoted as theirs: the claim check vouches for what the bot says it did, not for them.
        if (event.note) replies.push(`Their note: "${event.note}"`);
        finish('done');
        return;
      }
      gateway.approve(call, event.approver);
      say('A person on our team approved this.');
      // An approve step moves on to its call; a parked call step runs again, now approved.
      if (!('call' in step)) go(step);
    }
  }

  return {
    async start(start = {}) {
      Object.assign(slots, start.slots);
      // "Cancel order #W1234567, I ordered it by mistake" already answers two questions the workflow would ask.
      for (const step of steps)
        if ('collect' in step && (step.pattern || step.values) && slots[step.collect] === undefined && start.text) {
          const value = extractSlot(step, start.text);
          if (value !== undefined) slots[step.collect] = value;
        }
      return advance();
    },
    async handle(event) {
      accept(event);
      return advance();
    },
    context: () => context,
    snapshot: () => structuredClone({ index, waiting, status, context }),
  };
}
