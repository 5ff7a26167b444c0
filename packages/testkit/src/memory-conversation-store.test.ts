import { conversationStoreContract } from './conversation-store-contract.js';
import { memoryConversationStore } from './memory-conversation-store.js';

conversationStoreContract('in memory (testkit mock)', async () => ({ conversations: memoryConversationStore(), close: () => undefined }));
