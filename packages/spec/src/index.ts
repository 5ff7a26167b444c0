/** Public contracts of Switchboard: domain types, repository interfaces and errors. */
export * from './errors.js';
export * from './safety-category.js';
export type * from './knowledge.js';
export type * from './knowledge-store.js';
export type * from './conversation.js';
export type * from './conversation-store.js';
export type * from './event-store.js';
export type * from './answer.js';
export type * from './runtime.js';
export type * from './embedder.js';
export type * from './approximate-vector-index.js';
export type * from './handoff.js';
export type * from './handoff-store.js';
export type * from './chat-model.js';
export type * from './embedding-store.js';
export type * from './conversation-lock.js';
