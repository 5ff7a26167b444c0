/** Shared test helpers: fixtures and the contract suites every store implementation runs. */
export { makeDocument, makeChunk, toStoredChunk } from './fixtures.js';
export { knowledgeStoreContract } from './knowledge-store-contract.js';
export { conversationStoreContract } from './conversation-store-contract.js';
