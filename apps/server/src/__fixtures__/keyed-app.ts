/** The HTTP app over a store with keys and a fixed conversation-token secret, as the issue 18 tests build it. */
import type { FastifyInstance } from 'fastify';
import type { SqliteStores } from '@switchboard/store-sqlite';
import { buildApp, type AppDependencies } from '../build-app.js';
import { createConversationTokens } from '../identity/conversation-token.js';
import { oneArticlePipeline } from './one-article-pipeline.js';

export function keyedApp(stores: SqliteStores, newId: (prefix?: string) => string, extra: Partial<AppDependencies> = {}): FastifyInstance {
  return buildApp({
    pipeline: oneArticlePipeline({ newId }),
    conversations: stores.conversations,
    events: stores.events,
    handoffs: stores.handoffs,
    apiKeys: stores.apiKeys,
    conversationTokens: createConversationTokens({ secret: 'the-server-conversation-token-secret' }),
    clock: () => Date.now(),
    newId,
    bodyLimitBytes: 8192,
    ...extra,
  });
}
