import { eventStoreContract } from './event-store-contract.js';
import { memoryEventStore } from './memory-event-store.js';

eventStoreContract('in memory (testkit mock)', async () => ({ events: memoryEventStore(), close: () => undefined }));
