import { memoryRolloutStore } from './memory-rollout-store.js';
import { rolloutStoreContract } from './rollout-store-contract.js';

rolloutStoreContract('in memory (testkit mock)', async () => ({ rollouts: memoryRolloutStore(), close: () => undefined }));
