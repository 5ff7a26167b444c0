/**
 * A Zendesk tickets export ({tickets: [{…, comments | audits}], users}) as typed records. The one parser of the
 * format: resolution knowledge (zendesk-tickets.ts) and `eval import-tickets` both read tickets through it.
 */
import {
  asArray,
  asId,
  asObject,
  asString,
  checkShape,
  optionalBoolean,
  optionalId,
  optionalString,
  optionalStrings,
  parseJson,
} from '../json-shape.js';

export interface ZendeskUser {
  readonly id: string;
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  /** `end-user`, `agent` or `admin`; `end-user` when the export leaves it out. */
  readonly role: string;
  readonly tags: readonly string[];
}

/** A person a ticket names itself (an embedded `requester`, `via.source.from`), beside the export's users. */
export interface ZendeskPerson {
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
}

export interface ZendeskComment {
  readonly authorId: string | null;
  /** False for internal notes, and when the flag is missing: nothing is read as public by accident. */
  readonly isPublic: boolean;
  /** `plain_body`, else `body`, else ''. */
  readonly body: string;
  readonly createdAt: string | null;
  /** `via.channel` of the comment (`web`, `email`, `api`, `answer_bot`, …), null when missing. */
  readonly channel: string | null;
}

/** A field change from the ticket's audits (`assignee_id`, `group_id`, `status`, `tags`, …). */
export interface ZendeskChange {
  readonly fieldName: string;
  readonly value: string | readonly string[] | null;
  readonly authorId: string | null;
  readonly createdAt: string | null;
}

export interface ZendeskTicket {
  readonly id: string;
  readonly status: string;
  readonly subject: string | null;
  readonly description: string | null;
  readonly requesterId: string | null;
  readonly assigneeId: string | null;
  readonly tags: readonly string[];
  /** `via.channel` of the ticket. */
  readonly channel: string | null;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
  /** `score` is `good`, `bad`, `offered` or `unoffered`. */
  readonly satisfaction: { readonly score: string | null; readonly comment: string | null } | null;
  readonly people: readonly ZendeskPerson[];
  /** In order; from `comments`, else from the Comment events of `audits`. */
  readonly comments: readonly ZendeskComment[];
  /** The Change events of `audits`, in order; empty without audits. */
  readonly changes: readonly ZendeskChange[];
}

export interface ZendeskTicketExport {
  readonly tickets: readonly ZendeskTicket[];
  readonly users: ReadonlyMap<string, ZendeskUser>;
}

/** Reads an export file's text, or throws INGEST_FILE_INVALID naming the file and the JSON path of the bad entry. */
export function parseZendeskTicketExport(path: string, text: string): ZendeskTicketExport {
  const json = parseJson(path, text);
  return checkShape(path, 'a Zendesk tickets export', () => readZendeskTicketExport(json));
}

/** Throws `JsonShapeMismatch` naming the JSON path of the first entry that does not fit. */
export function readZendeskTicketExport(json: unknown): ZendeskTicketExport {
  const root = asObject(json, '$');
  const users = new Map<string, ZendeskUser>();
  for (const [i, value] of asArray(root.users ?? [], '$.users').entries()) {
    const at = `$.users[${i}]`;
    const user = asObject(value, at);
    const id = asId(user.id, `${at}.id`);
    users.set(id, {
      id,
      ...person(user, at),
      role: optionalString(user.role, `${at}.role`) ?? 'end-user',
      tags: optionalStrings(user.tags, `${at}.tags`),
    });
  }
  const tickets = asArray(root.tickets, '$.tickets').map((value, i) => readTicket(value, `$.tickets[${i}]`));
  return { tickets, users };
}

function readTicket(value: unknown, at: string): ZendeskTicket {
  const ticket = asObject(value, at);
  const via = ticket.via === undefined || ticket.via === null ? null : asObject(ticket.via, `${at}.via`);
  const rating =
    ticket.satisfaction_rating === null || ticket.satisfaction_rating === undefined
      ? null
      : asObject(ticket.satisfaction_rating, `${at}.satisfaction_rating`);
  const audits = asArray(ticket.audits ?? [], `${at}.audits`).map((audit, k) => asObject(audit, `${at}.audits[${k}]`));
  const people: ZendeskPerson[] = [];
  // Some exports embed the requester ({name, email}); others give only requester_id, or an id here.
  if (typeof ticket.requester === 'object' && ticket.requester !== null && !Array.isArray(ticket.requester)) {
    people.push(person(ticket.requester as Record<string, unknown>, `${at}.requester`));
  }
  const from = viaSourceFrom(via, `${at}.via`);
  if (from) people.push(from);
  return {
    id: asId(ticket.id, `${at}.id`),
    status: asString(ticket.status, `${at}.status`),
    subject: optionalString(ticket.subject, `${at}.subject`),
    description: optionalString(ticket.description, `${at}.description`),
    requesterId: optionalId(ticket.requester_id, `${at}.requester_id`),
    assigneeId: optionalId(ticket.assignee_id, `${at}.assignee_id`),
    tags: optionalStrings(ticket.tags, `${at}.tags`),
    channel: via ? optionalString(via.channel, `${at}.via.channel`) : null,
    createdAt: optionalString(ticket.created_at, `${at}.created_at`),
    updatedAt: optionalString(ticket.updated_at, `${at}.updated_at`),
    satisfaction: rating
      ? {
          score: optionalString(rating.score, `${at}.satisfaction_rating.score`),
          comment: optionalString(rating.comment, `${at}.satisfaction_rating.comment`),
        }
      : null,
    people,
    comments:
      ticket.comments !== undefined || audits.length === 0
        ? asArray(ticket.comments ?? [], `${at}.comments`).map((item, k) => readComment(item, null, `${at}.comments[${k}]`))
        : auditEvents(audits, at, 'Comment').map(({ event, audit, path }) => readComment(event, audit, path)),
    changes: auditEvents(audits, at, 'Change').flatMap(({ event, audit, path }) => {
      const fieldName = optionalString(event.field_name, `${path}.field_name`);
      if (fieldName === null) return [];
      return [
        {
          fieldName,
          value: changeValue(event.value),
          authorId: optionalId(event.author_id ?? audit.author_id, `${path}.author_id`),
          createdAt: optionalString(audit.created_at, `${path}.created_at`),
        },
      ];
    }),
  };
}

/** A comment; inside an audit, the author, time and channel default to the audit's. */
function readComment(value: unknown, audit: Record<string, unknown> | null, at: string): ZendeskComment {
  const comment = asObject(value, at);
  const via = comment.via ?? audit?.via;
  return {
    authorId: optionalId(comment.author_id ?? audit?.author_id, `${at}.author_id`),
    isPublic: optionalBoolean(comment.public, `${at}.public`) === true,
    body: optionalString(comment.plain_body, `${at}.plain_body`) ?? optionalString(comment.body, `${at}.body`) ?? '',
    createdAt: optionalString(comment.created_at ?? audit?.created_at, `${at}.created_at`),
    channel: via === undefined || via === null ? null : optionalString(asObject(via, `${at}.via`).channel, `${at}.via.channel`),
  };
}

function auditEvents(audits: readonly Record<string, unknown>[], at: string, type: string) {
  return audits.flatMap((audit, k) =>
    asArray(audit.events ?? [], `${at}.audits[${k}].events`).flatMap((value, e) => {
      const path = `${at}.audits[${k}].events[${e}]`;
      const event = asObject(value, path);
      return optionalString(event.type, `${path}.type`) === type ? [{ event, audit, path }] : [];
    }),
  );
}

/** Ids, names and tag lists as text; any other value (a rating object, a custom field's structure) as null. */
function changeValue(value: unknown): string | string[] | null {
  const scalar = (item: unknown): string | null => (typeof item === 'string' || typeof item === 'number' ? String(item) : null);
  if (Array.isArray(value)) return value.map(scalar).filter((item) => item !== null);
  return scalar(value);
}

function person(value: Record<string, unknown>, at: string): ZendeskPerson {
  return {
    name: optionalString(value.name, `${at}.name`),
    email: optionalString(value.email, `${at}.email`),
    phone: optionalString(value.phone, `${at}.phone`),
  };
}

/** The sender of an e-mail ticket (`via.source.from: {name, address}`). */
function viaSourceFrom(via: Record<string, unknown> | null, at: string): ZendeskPerson | null {
  if (!via || via.source === undefined || via.source === null) return null;
  const source = asObject(via.source, `${at}.source`);
  if (source.from === undefined || source.from === null) return null;
  const from = asObject(source.from, `${at}.source.from`);
  return {
    name: optionalString(from.name, `${at}.source.from.name`),
    email: optionalString(from.address, `${at}.source.from.address`),
    phone: optionalString(from.phone, `${at}.source.from.phone`),
  };
}
