import { memoryShadowStore } from './memory-shadow-store.js';
import { shadowStoreContract } from './shadow-store-contract.js';

shadowStoreContract('in memory (testkit mock)', async () => ({ shadows: memoryShadowStore(), close: () => undefined }));
