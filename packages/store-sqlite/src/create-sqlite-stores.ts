/** Opens one SQLite file and returns the repositories over it. */
import type { ConversationStore, EventStore, HandoffStore, KnowledgeStore } from '@switchboard/spec';
import { openSqliteDatabase } from './open-sqlite-database.js';
import { SqliteConversationStore } from './sqlite-conversation-store.js';
import { SqliteEventStore } from './sqlite-event-store.js';
import { SqliteHandoffStore } from './sqlite-handoff-store.js';
import { SqliteKnowledgeStore } from './sqlite-knowledge-store.js';

export interface SqliteStores {
  readonly knowledge: KnowledgeStore;
  readonly conversations: ConversationStore;
  readonly events: EventStore;
  readonly handoffs: HandoffStore;
  close(): void;
}

/** `path` is a file path or ':memory:'. */
export function createSqliteStores(path: string): SqliteStores {
  const db = openSqliteDatabase(path);
  return {
    knowledge: new SqliteKnowledgeStore(db),
    conversations: new SqliteConversationStore(db),
    events: new SqliteEventStore(db),
    handoffs: new SqliteHandoffStore(db),
    close: () => db.close(),
  };
}
