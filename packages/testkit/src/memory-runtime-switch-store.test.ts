import { memoryRuntimeSwitchStore } from './memory-runtime-switch-store.js';
import { runtimeSwitchStoreContract } from './runtime-switch-store-contract.js';

runtimeSwitchStoreContract('in memory (testkit mock)', async () => ({ switches: memoryRuntimeSwitchStore(), close: () => undefined }));
