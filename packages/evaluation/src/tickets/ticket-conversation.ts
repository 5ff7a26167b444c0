/** A ticket's public comments as a conversation: who wrote each one (the customer, the bot, a human agent) and what. */
import { isStaffAuthor, type ZendeskComment, type ZendeskTicket, type ZendeskTicketExport, type ZendeskUser } from '@switchboard/ingest';

export type Speaker = 'customer' | 'bot' | 'agent' | 'other';

export interface TicketMessage {
  readonly speaker: Speaker;
  /** As written: redaction is the caller's, once per ticket. */
  readonly text: string;
}

// Zendesk's own bots comment through these channels (answer_bot_for_web_widget, ai_agent, …).
const botChannel = /^(?:answer_bot|ai_agent|bot|chatbot)/i;
// A bot posting through the API is known only by its user: tagged `bot`, or named like one.
const botName = /\b(?:bot|chatbot|virtual assistant|ai agent)\b/i;

/** Whether a user is a bot: listed in `botUserIds`, tagged `bot`, or named like one ("Answer Bot", "Acme Virtual Assistant"). */
export function isBotUser(user: ZendeskUser | undefined, botUserIds: ReadonlySet<string>): boolean {
  if (!user) return false;
  return botUserIds.has(user.id) || user.tags.includes('bot') || botName.test(user.name ?? '');
}

/**
 * The public, non-empty comments in order, each with its speaker. The customer is the requester (or, for a ticket
 * without one, anyone who is not staff); other end-users (people copied in) are `other`.
 */
export function ticketConversation(exported: ZendeskTicketExport, ticket: ZendeskTicket, botUserIds: ReadonlySet<string>): TicketMessage[] {
  return ticket.comments
    .filter((comment) => comment.isPublic && comment.body.trim() !== '')
    .map((comment) => ({ speaker: speakerOf(exported, ticket, comment, botUserIds), text: comment.body }));
}

function speakerOf(
  exported: ZendeskTicketExport,
  ticket: ZendeskTicket,
  comment: ZendeskComment,
  botUserIds: ReadonlySet<string>,
): Speaker {
  const author = comment.authorId === null ? undefined : exported.users.get(comment.authorId);
  if (
    botChannel.test(comment.channel ?? '') ||
    (comment.authorId !== null && botUserIds.has(comment.authorId)) ||
    isBotUser(author, botUserIds)
  )
    return 'bot';
  if (comment.authorId !== null && comment.authorId === ticket.requesterId) return 'customer';
  if (isStaffAuthor(exported.users, ticket, comment.authorId)) return 'agent';
  return ticket.requesterId === null && comment.authorId !== null ? 'customer' : 'other';
}

/** Whether a human took the ticket: an agent replied in public, or it was assigned to one who is not a bot. */
export function wentToHuman(
  exported: ZendeskTicketExport,
  ticket: ZendeskTicket,
  conversation: readonly TicketMessage[],
  botUserIds: ReadonlySet<string>,
): boolean {
  if (conversation.some((message) => message.speaker === 'agent')) return true;
  const isHuman = (id: string | null): boolean => id !== null && !botUserIds.has(id) && !isBotUser(exported.users.get(id), botUserIds);
  return (
    isHuman(ticket.assigneeId) ||
    ticket.changes.some((change) => change.fieldName === 'assignee_id' && typeof change.value === 'string' && isHuman(change.value))
  );
}
