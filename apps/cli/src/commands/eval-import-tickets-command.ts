/**
 * `switchboard eval import-tickets <export>`: Zendesk tickets tagged as bot failures become regression cases of a
 * golden suite (evals/from-tickets.yaml), personal data redacted and near-duplicates merged.
 */
import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { importTickets } from '@switchboard/evaluation';
import { printJson, printLine } from '../output.js';
import { createProgressBar } from '../progress-bar.js';
import { withWorkspace } from '../workspace.js';
import { workspaceDir } from './command-context.js';
import { parentCommand } from './parent-command.js';

interface ImportTicketsFlags {
  tag: string;
  out?: string;
  force?: boolean;
  botUser?: string;
  json?: boolean;
}

const defaultOut = 'evals/from-tickets.yaml';

export function registerEvalImportTicketsCommand(program: Command): Command {
  const evaluate = parentCommand(program, 'eval', 'evaluate a pipeline stage offline');
  evaluate
    .command('import-tickets')
    .description('turn Zendesk tickets tagged as bot failures into regression cases (personal data redacted, duplicates merged)')
    .argument('<export>', 'a Zendesk tickets export: JSON {"tickets": [{…, "comments"|"audits"}], "users": […]}')
    .option('--tag <tag>', 'the tag that marks a bot failure', 'bot_failure')
    .option('--out <file>', `the suite to write (default: ${defaultOut} in the workspace)`)
    .option('--force', 'replace the suite when it exists')
    .option(
      '--bot-user <ids>',
      "comma-separated ids of users whose comments are the bot's, beyond answer_bot channels and users tagged or named bot",
    )
    .option('--json', 'print {written, tickets, merged, skipped, out} as JSON')
    .action(async (file: string, flags: ImportTicketsFlags, command: Command) => {
      const dir = resolve(workspaceDir(command));
      const out = flags.out === undefined ? resolve(dir, defaultOut) : resolve(flags.out);
      const bar = createProgressBar(process.stderr, 'tickets ');
      const summary = await withWorkspace(dir, async (workspace) =>
        importTickets({
          exportFile: file,
          out,
          force: flags.force === true,
          tag: flags.tag,
          botUserIds: (flags.botUser ?? '')
            .split(',')
            .map((id) => id.trim())
            .filter((id) => id !== ''),
          // Linked articles are written as the workspace's own urls, which the suites match exactly.
          documents: await workspace.stores.knowledge.listDocuments(),
          onProgress: (done, total) => bar.update(done, total),
        }),
      );
      bar.finish();
      const warn = (message: string): void => void process.stderr.write(`switchboard: ${message}\n`);
      for (const { ticketId, reason } of summary.skippedTagged) warn(`ticket ${ticketId} skipped: ${reason}`);
      for (const { ticketId, url } of summary.unknownCites)
        warn(`ticket ${ticketId}: the linked article ${url} is not in the workspace; ingest it, or the case cannot pass its cites`);
      if (summary.withoutExpectation.length > 0)
        warn(`no handoff, linked article or disputed claim found, so nothing to check yet: ${summary.withoutExpectation.join(', ')}`);
      if (flags.json) return printJson(summary);
      const merged = summary.merged > 0 ? `, ${summary.merged} merged into a near-duplicate's case` : '';
      printLine(
        `wrote ${relative(process.cwd(), out) || out}: ${summary.written} case(s) from the tickets tagged ${flags.tag}${merged}; ` +
          `${summary.skipped} of ${summary.tickets} tickets skipped`,
      );
    });
  return evaluate;
}
