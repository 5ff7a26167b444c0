/**
 * Plays one case as one conversation through the real conversation service (the pipeline, the workflow actor, the
 * guard, the commit): the case's `customer` is the conversation's verified identity, each turn a customer message.
 */
import type { ConversationService } from '@switchboard/core/conversation';
import { loadWorkflowHistory } from '@switchboard/core/workflow';
import type { EventStore, VerifiedIdentity } from '@switchboard/spec';
import { playedReply } from './played-reply.js';
import type { PlayedCase, PlayedReply, SuiteCase } from './suite-types.js';

export interface CaseStage {
  readonly service: ConversationService;
  /** The events the service commits to, where the workflow's action log is read back. */
  readonly events: EventStore;
}

export async function playSuiteCase(stage: CaseStage, testCase: SuiteCase): Promise<PlayedCase> {
  const conversation = await stage.service.start({ identity: verifiedIdentity(testCase) });
  const replies: PlayedReply[] = [];
  for (const [index, text] of testCase.turns.entries()) {
    const outcome = await stage.service.receive(conversation.id, { text });
    // Held: a person owns the conversation after a handoff, and the bot says nothing.
    if (outcome.outcome === 'held' || !outcome.answer || !outcome.trace) continue;
    replies.push(playedReply(index + 1, { ...outcome, answer: outcome.answer, trace: outcome.trace, outcome: outcome.outcome }));
  }
  return { replies, actions: await loggedActions(stage.events, conversation.id) };
}

/**
 * The tool calls of the conversation as the workflow actor logged them (with arguments and status), in order, read
 * the way the actor reads its own log; the service's `action.executed` events name the tool without its arguments.
 */
export async function loggedActions(events: EventStore, conversationId: string): Promise<PlayedCase['actions']> {
  const { entries } = await loadWorkflowHistory(events, conversationId);
  return entries.map((entry) => ({ tool: entry.tool, args: entry.arguments, outcome: entry.status }));
}

/**
 * The identity an identity token for this customer would carry. A token always names the customer, so a case that
 * gives attributes without `customerId` gets one of its own; a case without `customer` plays an anonymous customer.
 */
export function verifiedIdentity(testCase: SuiteCase): VerifiedIdentity | null {
  if (!testCase.customer) return null;
  const { customerId, ...attributes } = testCase.customer;
  const text = Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, String(value)]));
  return { ...text, customerId: customerId === undefined ? `eval-${testCase.id}` : String(customerId) };
}
