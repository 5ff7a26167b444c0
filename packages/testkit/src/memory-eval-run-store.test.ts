import { evalRunStoreContract } from './eval-run-store-contract.js';
import { memoryEvalRunStore } from './memory-eval-run-store.js';

evalRunStoreContract('in memory (testkit mock)', async () => ({ evalRuns: memoryEvalRunStore(), close: () => undefined }));
