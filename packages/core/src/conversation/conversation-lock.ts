/**
 * Runs one conversation's messages one at a time within this process, so two messages of one conversation never
 * interleave their reads and writes. A store that serves many replicas brings its own lock (the same interface).
 */
import type { ConversationLock } from '@switchboard/spec';

export function createInProcessConversationLock(): ConversationLock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async run(conversationId, work) {
      const before = tails.get(conversationId) ?? Promise.resolve();
      const mine = before.then(work, work);
      const tail = mine.catch(() => undefined);
      tails.set(conversationId, tail);
      try {
        return await mine;
      } finally {
        // The last one out clears the entry, so the map holds only conversations with work under way.
        if (tails.get(conversationId) === tail) tails.delete(conversationId);
      }
    },
  };
}
