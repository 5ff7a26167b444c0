import { memoryReleaseStore } from './memory-release-store.js';
import { releaseStoreContract } from './release-store-contract.js';

releaseStoreContract('in memory (testkit mock)', async () => ({ releases: memoryReleaseStore(), close: () => undefined }));
