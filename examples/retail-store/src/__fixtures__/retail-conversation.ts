/** The retail example behind the full conversation service, over an in-memory SQLite store, for the example's tests. */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createConversationService, type StartInput } from '@switchboard/core/conversation';
import { trainIntentClassifier } from '@switchboard/core/intent';
import { createAnswerPipeline } from '@switchboard/core/pipeline';
import { HybridRetriever, KnowledgeIndex } from '@switchboard/core/retrieval';
import { createDefaultSafetyFilter } from '@switchboard/core/safety';
import { createWorkflowActor, type ToolExecutor } from '@switchboard/core/workflow';
import { readWorkflowWorkspace } from '@switchboard/ingest';
import { shippedAnswerModels, shippedSafetyModels } from '@switchboard/models';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { makeChunk, makeDocument } from '@switchboard/testkit';
import type { CustomerInfo } from '@switchboard/spec';
import { readRetailDatabase } from '../read-retail-database.js';
import { createRetailStoreServer } from '../retail-store-server.js';

export const example = fileURLToPath(new URL('../..', import.meta.url));
export const newId = (prefix?: string): string => (prefix ? `${prefix}_${randomUUID().replace(/-/g, '')}` : randomUUID());
const startTimer = (ms: number, onTimeout: () => void): (() => void) => {
  const handle = setTimeout(onTimeout, ms);
  return () => clearTimeout(handle);
};

const intents = trainIntentClassifier([
  ...['I want to cancel my order', 'cancel an order please', 'please cancel order', 'can you cancel my purchase', 'stop my order'].map(
    (text) => ({ text, label: 'cancel_order' }),
  ),
  ...['I want to return an item', 'return these shoes', 'send back my purchase', 'how do I return something'].map((text) => ({
    text,
    label: 'return_items',
  })),
  ...['where is my package', 'track my delivery', 'when will my parcel arrive', 'shipping status'].map((text) => ({
    text,
    label: 'track_order',
  })),
]);

/** The example's tool server over a fresh in-memory copy of its database; reading through it shows what the tools changed. */
export const retailStoreServer = (): ToolExecutor => createRetailStoreServer(readRetailDatabase(`${example}db/retail-store.json`));

export interface RetailServiceOptions {
  /** A SQLite file, so two services can open one store as two server processes would; in memory when absent. */
  readonly storePath?: string;
  /** The tool server, so two services share one store's data as two replicas would; a fresh `retailStoreServer()` when absent. */
  readonly executor?: ToolExecutor;
}

/**
 * The conversation service over the retail example; the actor is wired as the CLI wires it
 * (apps/cli/src/workflow/create-workflow-actor.ts), the kill switch given directly. Close `stores` after the test.
 */
export function retailService(killSwitch = false, options: RetailServiceOptions = {}) {
  const stores: SqliteStores = createSqliteStores(options.storePath ?? ':memory:');
  const executor = options.executor ?? retailStoreServer();
  const workspace = readWorkflowWorkspace(example);
  const act = createWorkflowActor({ workspace, executor, events: stores.events, clock: Date.now, newId, killSwitch, startTimer });
  const index = new KnowledgeIndex({ k1: 1.2, b: 0.6, fieldWeights: { title: 2.5, headings: 1.5, body: 1, tags: 1 } });
  const policy = makeDocument({ id: 'policy', title: 'Cancellations and returns', path: 'kb/policy.md' });
  index.addChunks([
    makeChunk(policy, { id: 'policy:1', text: 'Pending orders can be cancelled. Delivered orders can be returned within 30 days.' }),
    makeChunk(policy, { id: 'policy:2', text: 'Gift card refunds arrive immediately; other refunds take 5 to 7 business days.' }),
  ]);
  const pipeline = createAnswerPipeline({
    retriever: new HybridRetriever(index, null),
    clock: Date.now,
    timer: () => 0,
    newId,
    topK: 5,
    composer: {
      minConfidence: 0.45,
      maxSentences: 3,
      maxChunks: 3,
      handoffQueue: 'Store Support',
      handoffHours: 'weekdays 9-5',
      models: shippedAnswerModels,
    },
    safety: createDefaultSafetyFilter({ models: shippedSafetyModels }),
    intent: intents,
    guardrails: { minActionConfidence: 0.4 },
    act,
  });
  const service = createConversationService({ pipeline, ...stores, clock: Date.now, newId, act });
  const orderStatus = async (orderId: string): Promise<unknown> => {
    const definition = workspace.tools.find((tool) => tool.name === 'get_order_details')!;
    const call = { tool: definition.name, arguments: { order_id: orderId } };
    return ((await executor.execute(definition, call, { signal: new AbortController().signal })) as { status: string }).status;
  };
  /** The tools a conversation ran, with how each went, from its action log. */
  const actions = async (conversationId: string) =>
    (await stores.events.list({ conversationId, type: 'action.logged' })).map(
      (event) => event.data['entry'] as { tool: string; status: string; guard?: string; arguments: Record<string, unknown> },
    );
  return { service, pipeline, stores, orderStatus, actions, act };
}

/** One conversation of the retail example; `say` posts a customer message, with body `customer` facts if given. */
export async function retailConversation(options: { killSwitch?: boolean; start?: StartInput } = {}) {
  const retail = retailService(options.killSwitch);
  const { id: conversationId } = await retail.service.start(options.start);
  const say = (text: string, customer?: CustomerInfo) => retail.service.receive(conversationId, customer ? { text, customer } : { text });
  return { ...retail, say, conversationId };
}
