/** Who is who in a ticket: the staff among its authors, and the people whose data its text may hold. */
import type { KnownPersonalData } from './redact-personal-data.js';
import type { ZendeskPerson, ZendeskTicket, ZendeskTicketExport, ZendeskUser } from './zendesk-ticket-export.js';

const staffRoles = new Set(['agent', 'admin']);

/** Agents and admins; an author missing from the export's users counts as staff unless they are the requester. */
export function isStaffAuthor(users: ReadonlyMap<string, ZendeskUser>, ticket: ZendeskTicket, authorId: string | null): boolean {
  if (authorId === null) return false;
  const user = users.get(authorId);
  return user ? staffRoles.has(user.role) : authorId !== ticket.requesterId;
}

/**
 * The people whose data a ticket's text may hold: its requester and the people it names, everyone who commented, and
 * every agent of the export (customers name the agent who helped them on another ticket).
 */
export function ticketPersonalData(exported: ZendeskTicketExport, ticket: ZendeskTicket): KnownPersonalData {
  const people: ZendeskPerson[] = [...ticket.people, ...staffOf(exported)];
  const ids = new Set([ticket.requesterId, ticket.assigneeId, ...ticket.comments.map((comment) => comment.authorId)]);
  for (const id of ids) {
    const user = id === null ? undefined : exported.users.get(id);
    if (user && !staffRoles.has(user.role)) people.push(user);
  }
  return {
    names: people.map((person) => person.name),
    emails: people.map((person) => person.email),
    phones: people.map((person) => person.phone),
  };
}

// An export may list many thousands of end-users and a few hundred agents: the agents are found once per export.
const staffCache = new WeakMap<ZendeskTicketExport, readonly ZendeskUser[]>();
function staffOf(exported: ZendeskTicketExport): readonly ZendeskUser[] {
  let staff = staffCache.get(exported);
  if (!staff) staffCache.set(exported, (staff = [...exported.users.values()].filter((user) => staffRoles.has(user.role))));
  return staff;
}
