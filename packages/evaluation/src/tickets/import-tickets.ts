/**
 * `eval import-tickets`: reads a Zendesk tickets export and writes its bot-failure tickets as a golden suite
 * (evals/from-tickets.yaml), whole or not at all, and never over an existing file unless forced.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { decodeUtf8, parseZendeskTicketExport, toYaml } from '@switchboard/ingest';
import { SwitchboardError } from '@switchboard/spec';
import { ticketSuiteCases, type TicketSuiteOptions } from './ticket-suite-cases.js';

export interface ImportTicketsOptions extends TicketSuiteOptions {
  readonly exportFile: string;
  readonly out: string;
  /** Replace `out` when it exists. */
  readonly force?: boolean;
}

/** `--json` prints this; tickets = written + merged + skipped. */
export interface ImportTicketsSummary {
  /** Cases written. */
  readonly written: number;
  /** Tickets in the export. */
  readonly tickets: number;
  /** Tickets folded into another ticket's case (near-duplicates). */
  readonly merged: number;
  /** Tickets that made no case: without the tag, or tagged with no customer text (`skippedTagged` says which). */
  readonly skipped: number;
  readonly out: string;
  readonly skippedTagged: readonly { readonly ticketId: string; readonly reason: string }[];
  /** Cases with nothing to check yet (no handoff, link or dispute found): a person should add an expectation. */
  readonly withoutExpectation: readonly string[];
  /** Linked articles the workspace does not hold: ingest them, or the cases citing them cannot pass. */
  readonly unknownCites: readonly { readonly ticketId: string; readonly url: string }[];
}

export function importTickets(options: ImportTicketsOptions): ImportTicketsSummary {
  // Before reading what may be a large export: an existing suite is someone's work.
  if (!options.force && existsSync(options.out)) throw exists(options.out);
  const exported = parseZendeskTicketExport(options.exportFile, decodeUtf8(options.exportFile, readExport(options.exportFile)));
  const suite = ticketSuiteCases(exported, options);
  if (suite.cases.length === 0) throw nothingTagged(options.exportFile, options.tag, exported.tickets, suite.skipped.length);
  const header = [
    `Regression cases from the Zendesk tickets tagged ${options.tag} in ${basename(options.exportFile)} (switchboard eval import-tickets).`,
    "Each case: the customer's turns before a person replied, and what the people did: handed off (handoff: true),",
    'linked an article (cites), or heard the customer dispute the bot (neverSays). Near-identical tickets are one case;',
    'source.ticketIds lists them. Personal data is replaced by [email], [phone], [card], [account], [address], [name].',
  ].join('\n');
  writeAtomically(options.out, toYaml(suite.cases, header), options.force === true);
  return {
    written: suite.cases.length,
    tickets: suite.tickets,
    merged: suite.merged,
    skipped: suite.untagged + suite.skipped.length,
    out: options.out,
    skippedTagged: suite.skipped,
    withoutExpectation: suite.cases.filter((testCase) => Object.keys(testCase.expect).length === 0).map((testCase) => testCase.id),
    unknownCites: suite.unknownCites,
  };
}

function readExport(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new SwitchboardError('INGEST_PATH_NOT_FOUND', `${file}: cannot read the tickets export (${(error as Error).message})`, {
      cause: error,
      details: { file },
    });
  }
}

/** Written in full under a temporary name first; without `force`, linked into place so an existing file always wins. */
function writeAtomically(out: string, text: string, force: boolean): void {
  mkdirSync(dirname(out), { recursive: true });
  const temporary = `${out}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  try {
    if (force) renameSync(temporary, out);
    else linkSync(temporary, out);
  } catch (error) {
    if (!force && (error as NodeJS.ErrnoException).code === 'EEXIST') throw exists(out);
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function exists(out: string): SwitchboardError {
  return new SwitchboardError('VALIDATION_FAILED', `${out}: the file exists; pass --force to replace it, or --out to write elsewhere`, {
    details: { file: out },
  });
}

function nothingTagged(
  file: string,
  tag: string,
  tickets: readonly { readonly tags: readonly string[] }[],
  skippedTagged: number,
): SwitchboardError {
  if (skippedTagged > 0)
    return new SwitchboardError(
      'VALIDATION_FAILED',
      `${file}: no ticket tagged ${tag} has public customer text to replay; nothing written`,
    );
  const counts = new Map<string, number>();
  for (const ticket of tickets) for (const name of ticket.tags) counts.set(name, (counts.get(name) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5);
  return new SwitchboardError(
    'VALIDATION_FAILED',
    `${file}: none of its ${tickets.length} tickets is tagged ${tag}; nothing written.${
      common.length > 0
        ? ` Its most common tags: ${common.map(([name, count]) => `${name} (${count})`).join(', ')}; pass one with --tag.`
        : ''
    }`,
    { details: { file, tag } },
  );
}
