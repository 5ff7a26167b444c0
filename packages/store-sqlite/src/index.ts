/** The embedded default store: SQLite through better-sqlite3, with versioned migrations. */
export { createSqliteStores, type SqliteStores } from './create-sqlite-stores.js';
export { openSqliteDatabase, type SqliteDatabase } from './open-sqlite-database.js';
export { SqliteKnowledgeStore } from './sqlite-knowledge-store.js';
export { SqliteConversationStore } from './sqlite-conversation-store.js';
export { SqliteEventStore } from './sqlite-event-store.js';
export { SqliteHandoffStore } from './sqlite-handoff-store.js';
export { SqliteEmbeddingStore } from './sqlite-embedding-store.js';
export { SqliteApiKeyStore } from './sqlite-api-key-store.js';
export { SqliteEvalRunStore } from './sqlite-eval-run-store.js';
export { SqliteReleaseStore } from './sqlite-release-store.js';
export { SqliteRuntimeSwitchStore } from './sqlite-runtime-switch-store.js';
export { SqliteRolloutStore } from './sqlite-rollout-store.js';
export { snapshotSqliteDatabase } from './snapshot-sqlite-database.js';
export { SqliteExperimentStore } from './sqlite-experiment-store.js';
export { SqliteShadowStore } from './sqlite-shadow-store.js';
