/** Opens one SQLite file and returns the repositories over it. */
import type {
  ApiKeyStore,
  ConversationStore,
  EmbeddingStore,
  EvalRunStore,
  EventStore,
  ExperimentStore,
  HandoffStore,
  KnowledgeStore,
  ReleaseStore,
  RolloutStore,
  RuntimeSwitchStore,
  ShadowStore,
} from '@switchboard/spec';
import { openSqliteDatabase } from './open-sqlite-database.js';
import { SqliteApiKeyStore } from './sqlite-api-key-store.js';
import { SqliteConversationStore } from './sqlite-conversation-store.js';
import { SqliteEmbeddingStore } from './sqlite-embedding-store.js';
import { SqliteEvalRunStore } from './sqlite-eval-run-store.js';
import { SqliteEventStore } from './sqlite-event-store.js';
import { SqliteExperimentStore } from './sqlite-experiment-store.js';
import { SqliteHandoffStore } from './sqlite-handoff-store.js';
import { SqliteKnowledgeStore } from './sqlite-knowledge-store.js';
import { SqliteReleaseStore } from './sqlite-release-store.js';
import { SqliteRolloutStore } from './sqlite-rollout-store.js';
import { SqliteRuntimeSwitchStore } from './sqlite-runtime-switch-store.js';
import { SqliteShadowStore } from './sqlite-shadow-store.js';

export interface SqliteStores {
  readonly knowledge: KnowledgeStore;
  readonly conversations: ConversationStore;
  readonly events: EventStore;
  readonly handoffs: HandoffStore;
  /** Chunk vectors per embedding model, so a restart embeds only what changed. */
  readonly embeddings: EmbeddingStore;
  /** API keys with scopes: only salted hashes of their secrets. */
  readonly apiKeys: ApiKeyStore;
  /** Golden-suite runs (`eval run`), each with its aggregates and cases as JSON. */
  readonly evalRuns: EvalRunStore;
  /** Releases (immutable snapshots of what decides answers) and the pointer to the serving one. */
  readonly releases: ReleaseStore;
  /** Switches flipped at run time (the kill switch), read by every process over the file. */
  readonly switches: RuntimeSwitchStore;
  /** Staged rollouts of a candidate release, shared by every replica; changed by conditional writes. */
  readonly rollouts: RolloutStore;
  /** A/B experiment definitions (`switchboard experiment create`). */
  readonly experiments: ExperimentStore;
  /** Shadow runs of a candidate release (`switchboard shadow start`), at most one running across replicas. */
  readonly shadows: ShadowStore;
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
    embeddings: new SqliteEmbeddingStore(db),
    apiKeys: new SqliteApiKeyStore(db),
    evalRuns: new SqliteEvalRunStore(db),
    releases: new SqliteReleaseStore(db),
    switches: new SqliteRuntimeSwitchStore(db),
    rollouts: new SqliteRolloutStore(db),
    experiments: new SqliteExperimentStore(db),
    shadows: new SqliteShadowStore(db),
    close: () => db.close(),
  };
}
