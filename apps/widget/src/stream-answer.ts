/**
 * Sends one message and shows its answer as it arrives: the typing indicator while the server works, the answer
 * growing piece by piece, then the final answer with its citations in place of the streamed text. A silent reply
 * (a person owns the conversation) and a failure remove whatever had streamed.
 */
import type { ChatView, StreamingAnswer } from './chat-view.js';
import type { ConversationClient } from './conversation-client.js';
import type { MessageReply } from './conversation-types.js';
import type { ConversationSession } from './storage.js';

export async function streamAnswer(
  client: ConversationClient,
  view: ChatView,
  session: ConversationSession,
  text: string,
): Promise<MessageReply> {
  // One bubble, made at the first piece; an object, since the callback writes to it.
  const streaming: { text: string; bubble: StreamingAnswer | null } = { text: '', bubble: null };
  let reply: MessageReply;
  try {
    reply = await client.send(session, text, {
      onStatus: () => view.showTyping(true),
      onDelta: (piece) => {
        streaming.text += piece;
        view.showTyping(false);
        streaming.bubble ??= view.startAnswer();
        streaming.bubble.update(streaming.text);
      },
    });
  } catch (error) {
    streaming.bubble?.discard();
    throw error;
  }
  view.showTyping(false);
  if (reply.silent || reply.text === null) streaming.bubble?.discard();
  else (streaming.bubble ?? view.startAnswer()).finish({ id: reply.messageId, text: reply.text, citations: reply.citations });
  return reply;
}
