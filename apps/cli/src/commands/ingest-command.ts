/**
 * `switchboard ingest [paths…]`: incremental ingestion of files and folders, or of the configured sources. A file
 * is stored under the configured source that covers it (else `files`), so ingesting by path and syncing agree.
 */
import type { Command } from 'commander';
import { ingestPaths, ingestReport, type IngestCounts, type IngestSummary } from '@switchboard/ingest';
import { createProgressBar } from '../progress-bar.js';
import { printJson, printLine } from '../output.js';
import { withWorkspace, syncSources, ticketOutcomeRecorder } from '../workspace.js';
import { workspaceDir } from './command-context.js';

interface IngestOptions {
  source?: string;
  prune?: boolean;
  strict?: boolean;
  json?: boolean;
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description(
      'ingest files and folders (Markdown, HTML, PDF, DOCX, CSV, text, JSON and Slack exports); no paths: every configured source',
    )
    .argument('[paths...]', 'files or folders to ingest')
    .option(
      '--source <name>',
      'source name to file the documents under (default: the configured source that covers each file, else "files")',
    )
    .option('--prune', 'remove stored documents whose files were deleted (always on without paths)')
    .option('--strict', 'stop at the first bad file')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], options: IngestOptions, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const summaries =
          paths.length === 0
            ? await syncSources(workspace, { prune: options.prune ?? true, strict: options.strict, quiet: options.json })
            : await ingestPaths({
                workspace,
                store: workspace.stores.knowledge,
                paths,
                sourceName: options.source,
                prune: options.prune ?? false,
                strict: options.strict ?? false,
                now: () => new Date(),
                progress: (name) => (options.json ? null : createProgressBar(process.stderr, `${name} `)),
                recordOutcomes: ticketOutcomeRecorder(workspace),
              });
        reportIngest(summaries, { json: options.json ?? false, perSource: false });
      });
    });
}

/** Prints the totals (and, for sync, a line per source), failures and warnings; failures set exit code 65. */
export function reportIngest(summaries: ReadonlyMap<string, IngestSummary>, options: { json: boolean; perSource: boolean }): void {
  const result = ingestReport(summaries);
  if (options.json) printJson(result);
  else {
    for (const failure of result.failed) process.stderr.write(`failed: ${failure.path}: ${failure.reason}\n`);
    for (const warning of result.warnings)
      process.stderr.write(
        `warning: ${warning.message.startsWith(warning.path) ? warning.message : `${warning.path}: ${warning.message}`}\n`,
      );
    type Counts = IngestCounts & { failed: readonly unknown[]; warnings: readonly unknown[] };
    const line = (s: Counts): string =>
      `added ${s.added}, updated ${s.updated}, unchanged ${s.unchanged}, removed ${s.removed}, failed ${s.failed.length}` +
      (s.warnings.length ? `, warnings ${s.warnings.length}` : '') +
      (s.skipped ? `, skipped ${s.skipped} (${skippedReasons(s)})` : '');
    if (!options.perSource) printLine(line(result));
    else {
      for (const [name, summary] of summaries) printLine(`${name}: ${line(summary)}`);
      if (summaries.size > 1) printLine(`total: ${line(result)}`);
      if (summaries.size === 0) printLine('no sources to sync');
    }
  }
  if (result.failed.length > 0) process.exitCode = 65;
}

/** Why files were skipped: `unsupported type`, `empty`, or both with their counts. */
function skippedReasons({ skipped, empty }: { skipped: number; empty: number }): string {
  if (empty === 0) return 'unsupported type';
  if (empty === skipped) return 'empty';
  return `${skipped - empty} unsupported type, ${empty} empty`;
}
