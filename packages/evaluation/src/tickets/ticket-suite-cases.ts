/** The suite cases of an export's tickets that carry a tag, with what was skipped and why. No I/O. */
import type { ZendeskTicketExport } from '@switchboard/ingest';
import type { SuiteCase } from '../suite/suite-types.js';
import { createArticleCites, type WorkspaceDocument } from './article-cites.js';
import { mergeTicketCases } from './merge-ticket-cases.js';
import { ticketCase, type TicketCase } from './ticket-case.js';

export interface TicketSuiteOptions {
  /** The tag that marks a bot failure, matched without regard to case. */
  readonly tag: string;
  /** Users whose comments are the bot's, beyond those the export marks. */
  readonly botUserIds?: readonly string[];
  /** The workspace's documents, which linked articles are matched against. */
  readonly documents?: readonly WorkspaceDocument[];
  /** Jaccard similarity of first turns at and above which tickets merge; default `nearDuplicateThreshold`. */
  readonly threshold?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface TicketSuite {
  readonly cases: readonly SuiteCase[];
  /** Tickets in the export. */
  readonly tickets: number;
  /** Tickets folded into another ticket's case. */
  readonly merged: number;
  /** Tickets without the tag. */
  readonly untagged: number;
  /** Tagged tickets that made no case, and why. */
  readonly skipped: readonly { readonly ticketId: string; readonly reason: string }[];
  /** Linked articles the workspace does not hold: a case citing one cannot pass until they are ingested. */
  readonly unknownCites: readonly { readonly ticketId: string; readonly url: string }[];
}

export function ticketSuiteCases(exported: ZendeskTicketExport, options: TicketSuiteOptions): TicketSuite {
  const tag = options.tag.toLowerCase();
  const articleCite = createArticleCites(options.documents ?? []);
  const botUserIds = new Set(options.botUserIds ?? []);
  const drafts: TicketCase[] = [];
  const skipped: { ticketId: string; reason: string }[] = [];
  const seen = new Set<string>();
  let untagged = 0;
  for (const [i, ticket] of exported.tickets.entries()) {
    options.onProgress?.(i, exported.tickets.length);
    if (!ticket.tags.some((name) => name.toLowerCase() === tag)) untagged += 1;
    else if (seen.has(ticket.id)) skipped.push({ ticketId: ticket.id, reason: 'the export lists this ticket id again' });
    else {
      seen.add(ticket.id);
      const result = ticketCase(exported, ticket, { botUserIds, articleCite });
      if (typeof result === 'string') skipped.push({ ticketId: ticket.id, reason: result });
      else drafts.push(result);
    }
  }
  options.onProgress?.(exported.tickets.length, exported.tickets.length);
  const cases = mergeTicketCases(drafts, { threshold: options.threshold });
  return {
    cases,
    tickets: exported.tickets.length,
    merged: drafts.length - cases.length,
    untagged,
    skipped,
    unknownCites: drafts.flatMap((draft) => draft.unknownCites.map((url) => ({ ticketId: draft.ticketId, url }))),
  };
}
