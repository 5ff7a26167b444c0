/**
 * One bot-failure ticket as a regression case: the customer's turns the bot faced, and the expectation taken from
 * what the humans did — handed off, linked an article, or heard the customer dispute the bot's claim.
 */
import {
  createPersonalDataRedactor,
  extractHelpCenterLinks,
  ticketPersonalData,
  type ZendeskTicket,
  type ZendeskTicketExport,
} from '@switchboard/ingest';
import type { ArticleCite } from './article-cites.js';
import { disputedClaimPattern } from './disputed-claim.js';
import { ticketConversation, wentToHuman } from './ticket-conversation.js';

export interface TicketCaseExpectation {
  readonly handoff?: true;
  readonly cites?: readonly string[];
  readonly neverSays?: readonly string[];
}

export interface TicketCase {
  readonly ticketId: string;
  /** Free of personal data. */
  readonly turns: readonly string[];
  readonly expect: TicketCaseExpectation;
  /** Linked articles the workspace does not hold, kept in `cites` as linked. */
  readonly unknownCites: readonly string[];
}

export interface TicketCaseOptions {
  /** Users whose comments are the bot's, beyond those the export marks (see ticket-conversation.ts). */
  readonly botUserIds: ReadonlySet<string>;
  readonly articleCite: (link: string) => ArticleCite;
}

/**
 * The turns are the customer's public comments up to the first human agent's public reply: what the bot faced
 * before a person took over (later ones answer the person); a ticket exported without comments, its description.
 * Returns a reason when there is no customer text.
 */
export function ticketCase(exported: ZendeskTicketExport, ticket: ZendeskTicket, options: TicketCaseOptions): TicketCase | string {
  const redact = createPersonalDataRedactor(ticketPersonalData(exported, ticket));
  const conversation = ticketConversation(exported, ticket, options.botUserIds);
  const firstHuman = conversation.findIndex((message) => message.speaker === 'agent');
  const beforeHuman = firstHuman === -1 ? conversation : conversation.slice(0, firstHuman);
  let turns = beforeHuman
    .filter((message) => message.speaker === 'customer')
    .map((message) => redact(withoutQuotedReply(message.text)))
    .filter((text) => text !== '');
  // Some exports leave comments out; then the description is the text the ticket was opened with. With comments, a
  // description is only the first of them, which may be an agent's.
  if (turns.length === 0 && ticket.comments.length === 0 && ticket.description)
    turns = [redact(withoutQuotedReply(ticket.description))].filter((text) => text !== '');
  if (turns.length === 0) return 'no public customer text before the first agent reply';

  const cites: ArticleCite[] = [];
  for (const message of conversation) {
    if (message.speaker !== 'agent') continue;
    for (const link of extractHelpCenterLinks(message.text)) {
      const cite = options.articleCite(link);
      if (!cites.some((known) => known.cite === cite.cite)) cites.push(cite);
    }
  }

  const neverSays: string[] = [];
  let lastBotReply: string | null = null;
  for (const message of conversation) {
    if (message.speaker === 'bot') lastBotReply = redact(message.text);
    if (message.speaker !== 'customer' || lastBotReply === null) continue;
    const pattern = disputedClaimPattern(redact(message.text), lastBotReply);
    // Built from redacted text; checked again so that no personal data can reach the file through a pattern.
    if (pattern && redact(pattern) === pattern && !neverSays.includes(pattern)) neverSays.push(pattern);
  }

  return {
    ticketId: ticket.id,
    turns,
    expect: {
      ...(wentToHuman(exported, ticket, conversation, options.botUserIds) ? { handoff: true as const } : {}),
      ...(cites.length > 0 ? { cites: cites.map((cite) => cite.cite) } : {}),
      ...(neverSays.length > 0 ? { neverSays } : {}),
    },
    unknownCites: cites.filter((cite) => !cite.known).map((cite) => cite.cite),
  };
}

/** The new text of an e-mail reply: quoted lines (`> …`) and everything from "On … wrote:" or an original-message marker on dropped. */
export function withoutQuotedReply(text: string): string {
  const kept: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(?:On\b.{0,200}\bwrote:\s*$|-{2,}\s*Original Message\s*-{2,}|_{5,}\s*$)/i.test(line)) break;
    if (!/^\s*>/.test(line)) kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
