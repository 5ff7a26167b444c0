/** Finds the threads of a channel that are marked answered, and which message is the answer. */

export interface SlackMessage {
  readonly ts: string;
  readonly threadTs: string | null;
  readonly user: string | null;
  readonly text: string;
  readonly subtype: string | null;
  /** Reaction names, e.g. 'white_check_mark'. */
  readonly reactions: readonly string[];
  readonly pinned: boolean;
}

export interface AnsweredThread {
  readonly question: SlackMessage;
  readonly answer: SlackMessage;
  readonly markedBy: 'reaction' | 'pin';
}

/** Join and leave notices and bot chatter are not questions or answers. */
const ignoredSubtypes = new Set(['channel_join', 'channel_leave', 'channel_topic', 'channel_purpose', 'bot_message', 'pinned_item']);

/**
 * A reply carrying the reaction (or pinned) is the answer. When the question itself carries the mark — the
 * asker ticked their own thread — the last reply by someone else is taken as the answer.
 */
export function answeredThreads(messages: readonly SlackMessage[], reaction: string): AnsweredThread[] {
  const usable = messages.filter((message) => !message.subtype || !ignoredSubtypes.has(message.subtype));
  const replies = new Map<string, SlackMessage[]>();
  for (const message of usable) {
    if (message.threadTs && message.threadTs !== message.ts)
      replies.set(message.threadTs, [...(replies.get(message.threadTs) ?? []), message]);
  }
  const threads: AnsweredThread[] = [];
  for (const question of usable) {
    if (question.threadTs && question.threadTs !== question.ts) continue;
    const thread = (replies.get(question.ts) ?? []).sort((a, b) => Number(a.ts) - Number(b.ts));
    const marked = (message: SlackMessage): 'reaction' | 'pin' | null =>
      message.reactions.includes(reaction) ? 'reaction' : message.pinned ? 'pin' : null;
    const answer = [...thread].reverse().find((reply) => marked(reply) !== null);
    if (answer) {
      threads.push({ question, answer, markedBy: marked(answer)! });
      continue;
    }
    const questionMark = marked(question);
    const fallback = [...thread].reverse().find((reply) => reply.user !== question.user);
    if (questionMark && fallback) threads.push({ question, answer: fallback, markedBy: questionMark });
  }
  return threads;
}
