/** The retail store example (τ²-bench retail domain): its in-process tool server and the database it runs on. */
export { createRetailStoreServer, retailToolNames } from './retail-store-server.js';
export { readRetailDatabase } from './read-retail-database.js';
export type { RetailDatabase } from './retail-database.js';
