/**
 * Zendesk tickets export ({tickets: [{…, comments}], users}): solved and closed tickets become resolution
 * knowledge, the customer's problem and the agent's final public reply. Internal notes are never read
 * into a document; personal data is redacted first.
 */
import { asArray, asId, asObject, asString, optionalBoolean, optionalId, optionalString, optionalStrings } from '../json-shape.js';
import type { ParsedEntry } from '../parsed-document.js';
import { redactPersonalData } from './redact-personal-data.js';

interface Comment {
  readonly authorId: string | null;
  readonly isPublic: boolean;
  readonly body: string;
}

const resolved = new Set(['solved', 'closed']);
const agentRoles = new Set(['agent', 'admin']);

export function readZendeskTickets(json: unknown): ParsedEntry[] {
  const root = asObject(json, '$');
  const roles = new Map<string, string>();
  for (const [i, value] of asArray(root.users ?? [], '$.users').entries()) {
    const user = asObject(value, `$.users[${i}]`);
    roles.set(asId(user.id, `$.users[${i}].id`), optionalString(user.role, `$.users[${i}].role`) ?? 'end-user');
  }
  const entries: ParsedEntry[] = [];
  for (const [i, value] of asArray(root.tickets, '$.tickets').entries()) {
    const at = `$.tickets[${i}]`;
    const ticket = asObject(value, at);
    const id = asId(ticket.id, `${at}.id`);
    const status = asString(ticket.status, `${at}.status`);
    const subject = optionalString(ticket.subject, `${at}.subject`) ?? '';
    const requesterId = optionalId(ticket.requester_id, `${at}.requester_id`);
    const tags = optionalStrings(ticket.tags, `${at}.tags`);
    const comments: Comment[] = asArray(ticket.comments ?? [], `${at}.comments`).map((item, k) => {
      const comment = asObject(item, `${at}.comments[${k}]`);
      return {
        authorId: optionalId(comment.author_id, `${at}.comments[${k}].author_id`),
        // Zendesk omits nothing here, but a missing flag is treated as internal: never index by accident.
        isPublic: optionalBoolean(comment.public, `${at}.comments[${k}].public`) === true,
        body:
          optionalString(comment.plain_body, `${at}.comments[${k}].plain_body`) ??
          optionalString(comment.body, `${at}.comments[${k}].body`) ??
          '',
      };
    });
    const rating =
      ticket.satisfaction_rating === null || ticket.satisfaction_rating === undefined
        ? null
        : asObject(ticket.satisfaction_rating, `${at}.satisfaction_rating`);
    const score = rating ? optionalString(rating.score, `${at}.satisfaction_rating.score`) : null;
    const updatedAt = optionalString(ticket.updated_at, `${at}.updated_at`);
    // A resolution the customer rated bad is not one to teach from.
    if (!resolved.has(status) || score === 'bad') continue;
    const isAgent = (authorId: string | null): boolean =>
      authorId !== null && (roles.has(authorId) ? agentRoles.has(roles.get(authorId)!) : authorId !== requesterId);
    const publicComments = comments.filter((comment) => comment.isPublic && comment.body.trim() !== '');
    const problem =
      publicComments.find((comment) => !isAgent(comment.authorId))?.body ?? optionalString(ticket.description, `${at}.description`);
    const answer = publicComments.filter((comment) => isAgent(comment.authorId)).pop()?.body;
    if (!problem || !answer) continue;
    const question = redactPersonalData(subject || firstLine(problem));
    entries.push({
      key: id,
      document: {
        title: question,
        parts: [
          {
            markdown: `## Problem\n\n${redactPersonalData(problem.trim())}\n\n## Resolution\n\n${redactPersonalData(answer.trim())}`,
            page: null,
          },
        ],
        url: null,
        updatedAt: updatedAt ? updatedAt.slice(0, 10) : null,
        tags,
        audience: null,
        docType: 'resolved-ticket',
        // (question → article) pairs: retrieval learns the question as a past question of the linked article.
        linkedArticles: extractHelpCenterLinks(answer).map((url) => ({ question, url })),
        metadata: { ticketId: id, status, satisfaction: score },
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
