/**
 * Outcome evidence from a Zendesk tickets export: every ticket that links a Switchboard conversation, with its
 * status, reopens and satisfaction rating. A ticket links a conversation by the tag `switchboard_conversation:<id>`
 * (docs/connectors.md), which whatever creates the ticket from a handoff sets; nothing else in a ticket names one.
 * Pure: the caller records the evidence (through the conversation service).
 */
import type { TicketOutcome } from '@switchboard/core/outcomes';
import { asArray, asId, asObject, optionalString } from '../json-shape.js';
import { readZendeskTicketExport } from './zendesk-ticket-export.js';

/** The tag prefix that links a ticket to a conversation. */
export const conversationTagPrefix = 'switchboard_conversation:';

/** Throws JsonShapeMismatch naming the JSON path when the export, or a linked ticket's metrics, do not fit. */
export function readZendeskTicketOutcomes(json: unknown): TicketOutcome[] {
  const exported = readZendeskTicketExport(json);
  const raw = asArray(asObject(json, '$').tickets, '$.tickets');
  return exported.tickets.flatMap((ticket, i) => {
    const conversationIds = ticket.tags
      .filter((tag) => tag.startsWith(conversationTagPrefix))
      .map((tag) => tag.slice(conversationTagPrefix.length))
      .filter((id) => id !== '');
    if (conversationIds.length === 0) return [];
    const { reopens, solvedAt } = metricSet(raw[i], `$.tickets[${i}]`);
    const score = ticket.satisfaction?.score ?? null;
    const evidence: Omit<TicketOutcome, 'conversationId'> = {
      ticketId: ticket.id,
      status: ticket.status,
      reopens,
      // `offered` and `unoffered` mean the customer has not rated.
      satisfaction: score === 'good' || score === 'bad' ? score : null,
      createdAt: isoTime(ticket.createdAt),
      updatedAt: isoTime(ticket.updatedAt),
      solvedAt,
    };
    // Zendesk lower-cases tags; Switchboard's ids are lower case already, so the id survives the round trip.
    return [...new Set(conversationIds)].map((conversationId) => ({ conversationId, ...evidence }));
  });
}

/** Incremental exports with `include=metric_sets` carry the reopen count and solve time; plain ones do not. */
function metricSet(ticket: unknown, at: string): { reopens: number; solvedAt: string | null } {
  const { metric_set: metrics } = asObject(ticket, at);
  if (metrics === undefined || metrics === null) return { reopens: 0, solvedAt: null };
  const set = asObject(metrics, `${at}.metric_set`);
  const reopens = set.reopens === undefined || set.reopens === null ? 0 : Number(asId(set.reopens, `${at}.metric_set.reopens`));
  return {
    reopens: Number.isInteger(reopens) && reopens > 0 ? reopens : 0,
    solvedAt: isoTime(optionalString(set.solved_at, `${at}.metric_set.solved_at`)),
  };
}

function isoTime(value: string | null): string | null {
  if (value === null || Number.isNaN(Date.parse(value))) return null;
  return new Date(value).toISOString();
}
