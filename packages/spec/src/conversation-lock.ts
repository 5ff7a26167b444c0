/** Serializes the work on one conversation: its messages are processed one at a time, on one replica or many. */
export interface ConversationLock {
  /** Runs `work` once no other work on `conversationId` is under way; returns (or throws) what `work` does. */
  run<T>(conversationId: string, work: () => Promise<T>): Promise<T>;
}
