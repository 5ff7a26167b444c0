/**
 * Zendesk tickets export ({tickets: [{…, comments}], users}): solved and closed tickets become resolution
 * knowledge, the customer's problem and the agent's final public reply. Internal notes are never read
 * into a document; personal data (the export's people's names included) is redacted first.
 */
import type { ParsedEntry } from '../parsed-document.js';
import { createPersonalDataRedactor } from './redact-personal-data.js';
import { readZendeskTicketExport } from './zendesk-ticket-export.js';
import { isStaffAuthor, ticketPersonalData } from './zendesk-ticket-people.js';

const resolved = new Set(['solved', 'closed']);

export function readZendeskTickets(json: unknown): ParsedEntry[] {
  const exported = readZendeskTicketExport(json);
  const entries: ParsedEntry[] = [];
  for (const ticket of exported.tickets) {
    const score = ticket.satisfaction?.score ?? null;
    // A resolution the customer rated bad is not one to teach from.
    if (!resolved.has(ticket.status) || score === 'bad') continue;
    const isAgent = (authorId: string | null): boolean => isStaffAuthor(exported.users, ticket, authorId);
    const publicComments = ticket.comments.filter((comment) => comment.isPublic && comment.body.trim() !== '');
    const problem = publicComments.find((comment) => !isAgent(comment.authorId))?.body ?? ticket.description;
    const answer = publicComments.filter((comment) => isAgent(comment.authorId)).pop()?.body;
    if (!problem || !answer) continue;
    const redact = createPersonalDataRedactor(ticketPersonalData(exported, ticket));
    const question = redact(ticket.subject || firstLine(problem));
    entries.push({
      key: ticket.id,
      document: {
        title: question,
        parts: [{ markdown: `## Problem\n\n${redact(problem.trim())}\n\n## Resolution\n\n${redact(answer.trim())}`, page: null }],
        url: null,
        updatedAt: ticket.updatedAt ? ticket.updatedAt.slice(0, 10) : null,
        tags: ticket.tags,
        audience: null,
        docType: 'resolved-ticket',
        // (question → article) pairs: retrieval learns the question as a past question of the linked article.
        linkedArticles: extractHelpCenterLinks(answer).map((url) => ({ question, url })),
        metadata: { ticketId: ticket.id, status: ticket.status, satisfaction: score },
      },
    });
  }
  return entries;
}

/** Help-center article links (…/hc/<locale>/articles/<id>…) in a reply, in order, without repeats. */
export function extractHelpCenterLinks(text: string): string[] {
  const links = text.match(/https?:\/\/[^\s<>"')\]]+\/hc\/(?:[\w-]+\/)?articles\/\d+[^\s<>"')\]]*/g) ?? [];
  return [...new Set(links.map((link) => link.replace(/[.,;:!?]+$/, '')))];
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]!.slice(0, 120);
}
