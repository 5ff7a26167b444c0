/**
 * A shop whose refund workflow parks refunds over 100 for a person's approval, behind the real pipeline, workflow actor
 * and conversation service over in-memory stores. `service()` builds another service over the same stores and tool
 * server, as a second replica of the server would be: its own lock, the same data. `refundWorkspace` is the shop's
 * tools and refund workflow alone, with or without the confirmation and approval.
 */
import type { ConversationLock, EventStore } from '@switchboard/spec';
import { memoryEventStore } from '@switchboard/testkit';
import type { IntentClassifier } from '../../intent/intent-classifier.js';
import { createAnswerPipeline } from '../../pipeline/answer-pipeline.js';
import { basePipelineDependencies, refundKnowledgeIndex } from '../../pipeline/__fixtures__/pipeline-fixtures.js';
import type { ToolCall, ToolExecutor } from '../../workflow/tool-definition.js';
import { createWorkflowActor } from '../../workflow/workflow-actor.js';
import { parseWorkflowWorkspace } from '../../workflow/workflow-workspace.js';
import { createConversationService } from '../conversation-service.js';
import { memoryStores } from './memory-stores.js';

/**
 * The shop's order and refund tools with its refund workflow. `confirm` asks the customer before the refund is made and
 * `approvalOver` parks a refund over that amount for a person's approval; without either, one message reaches the write.
 */
export function refundWorkspace(options: { readonly confirm: boolean; readonly approvalOver?: number }) {
  return parseWorkflowWorkspace({
    tools: {
      file: 'tools.yaml',
      value: {
        servers: { shop: { kind: 'shop' } },
        tools: [
          {
            name: 'get_order',
            description: 'Read an order and its total.',
            server: 'shop',
            writes: false,
            idempotent: true,
            arguments: { type: 'object', required: ['order_id'], properties: { order_id: { type: 'string' } } },
            result: { type: 'object', required: ['order_id', 'total'] },
          },
          {
            name: 'refund_order',
            description: 'Refund an amount of an order.',
            server: 'shop',
            writes: true,
            idempotent: false,
            arguments: {
              type: 'object',
              required: ['order_id', 'amount'],
              properties: { order_id: { type: 'string' }, amount: { type: 'number' } },
            },
            result: { type: 'object', required: ['refunded'], properties: { refunded: { type: 'number' } } },
            effects: ['refund'],
          },
        ],
      },
    },
    policy: { file: 'policy.yaml', value: { confirmWrites: options.confirm } },
    workflows: [
      {
        file: 'workflows/refund-order.yaml',
        value: {
          name: 'refund-order',
          intents: ['refund'],
          ...(options.approvalOver === undefined
            ? {}
            : { authority: [{ tool: 'refund_order', argument: 'amount', max: options.approvalOver }] }),
          steps: [
            { collect: 'order_id', prompt: 'Which order should I refund?', pattern: '#A\\d+' },
            { call: 'get_order', arguments: { order_id: '{{slots.order_id}}' }, save: 'order' },
            ...(options.confirm ? [{ confirm: 'Refund {{order.total}} for order {{slots.order_id}} (yes/no)?' }] : []),
            { call: 'refund_order', arguments: { order_id: '{{slots.order_id}}', amount: '{{order.total}}' } },
            { reply: 'I have refunded {{order.total}} for order {{slots.order_id}}.' },
          ],
        },
      },
    ],
  });
}

const workspace = refundWorkspace({ confirm: true, approvalOver: 100 });
/** Answers every message as a refund request. */
export const refundIntent = {
  predict: () => ({ label: 'refund', confidence: 0.9, outOfScope: false, probabilities: [] }),
} as unknown as IntentClassifier;

const totals: Readonly<Record<string, number>> = { '#A1': 40, '#A2': 250 };

export function refundApprovalShop(options: { readonly events?: EventStore } = {}) {
  let counter = 0;
  const newId = (prefix = 'id'): string => `${prefix}_${++counter}`;
  const clock = (): number => Date.parse('2026-03-01T12:00:00Z');
  const stores = { ...memoryStores(), events: options.events ?? memoryEventStore() };
  /** Every call the shop's tool server received, in order (a second run of a refund would show here). */
  const calls: ToolCall[] = [];
  const executor: ToolExecutor = {
    async execute(_definition, call) {
      calls.push(call);
      if (call.tool === 'get_order') return { order_id: call.arguments['order_id'], total: totals[String(call.arguments['order_id'])] };
      if (call.tool === 'refund_order') return { refunded: call.arguments['amount'] };
      return 'handed off';
    },
  };
  const refunds = (): ToolCall[] => calls.filter((call) => call.tool === 'refund_order');

  /** A conversation service with its own actor and lock over the shared stores and tool server. */
  function service(settings: { readonly killSwitch?: boolean; readonly lock?: ConversationLock } = {}) {
    const act = createWorkflowActor({ workspace, executor, events: stores.events, clock, newId, killSwitch: settings.killSwitch ?? false });
    const pipeline = createAnswerPipeline({
      ...basePipelineDependencies(refundKnowledgeIndex('Refunds arrive in 5 days.'), newId),
      intent: refundIntent,
      act,
    });
    return createConversationService({ pipeline, ...stores, clock, newId, act, ...(settings.lock ? { lock: settings.lock } : {}) });
  }
  return { stores, calls, refunds, service, newId };
}
