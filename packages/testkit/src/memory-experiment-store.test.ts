import { experimentStoreContract } from './experiment-store-contract.js';
import { memoryExperimentStore } from './memory-experiment-store.js';

experimentStoreContract('in memory (testkit mock)', async () => ({ experiments: memoryExperimentStore(), close: () => undefined }));
