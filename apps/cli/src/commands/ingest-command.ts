/**
 * `switchboard ingest [paths…]`: incremental ingestion of files and folders, or of the configured sources. A file
 * is stored under the configured source that covers it (else `files`), so ingesting by path and syncing agree.
 */
import type { Command } from 'commander';
import { ingestFiles, readersForSource, type IngestSummary } from '@switchboard/ingest';
import { ingestTargets } from '../ingest-targets.js';
import { createProgressBar } from '../progress-bar.js';
import { printJson, printLine } from '../output.js';
import { openWorkspace, syncSources, type Workspace } from '../workspace.js';
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
      const workspace = openWorkspace(workspaceDir(command));
      try {
        const summaries =
          paths.length === 0
            ? await syncSources(workspace, { prune: options.prune ?? true, strict: options.strict, quiet: options.json })
            : await ingestPaths(workspace, paths, options);
        reportIngest(summaries, { json: options.json ?? false, perSource: false });
      } finally {
        workspace.close();
      }
    });
}

async function ingestPaths(workspace: Workspace, paths: readonly string[], options: IngestOptions): Promise<Map<string, IngestSummary>> {
  const summaries = new Map<string, IngestSummary>();
  for (const target of paths.flatMap((path) => ingestTargets(workspace, path, options.source))) {
    const bar = options.json ? null : createProgressBar(process.stderr, `${target.name} `);
    const summary = await ingestFiles({
      store: workspace.stores.knowledge,
      sourceName: target.name,
      sourceType: target.source?.type ?? 'folder',
      baseDir: workspace.dir,
      roots: [target.root],
      exclude: target.exclude,
      chunking: workspace.config.chunking,
      prune: options.prune ?? false,
      strict: options.strict ?? false,
      readers: readersForSource(target.source),
      now: () => new Date(),
      onProgress: (p) => bar?.update(p.done, p.total, p.path),
    });
    bar?.finish();
    summaries.set(target.label, summary);
    if (options.strict && summary.failed.length > 0) break;
  }
  return summaries;
}

/** Prints the totals (and, for sync, a line per source), failures and warnings; failures set exit code 65. */
export function reportIngest(summaries: ReadonlyMap<string, IngestSummary>, options: { json: boolean; perSource: boolean }): void {
  const all = [...summaries.values()];
  const counts = (summary: IngestSummary) => ({
    added: summary.added,
    updated: summary.updated,
    unchanged: summary.unchanged,
    removed: summary.removed,
    skipped: summary.skipped,
    empty: summary.empty,
  });
  const total = (key: keyof ReturnType<typeof counts>): number => all.reduce((sum, s) => sum + s[key], 0);
  const failed = all.flatMap((s) => s.failed);
  const warnings = all.flatMap((s) => s.warnings);
  const result = {
    added: total('added'),
    updated: total('updated'),
    unchanged: total('unchanged'),
    removed: total('removed'),
    skipped: total('skipped'),
    empty: total('empty'),
    failed,
    warnings,
    sources: Object.fromEntries(
      [...summaries].map(([name, s]) => [name, { ...counts(s), failed: s.failed.length, warnings: s.warnings.length }]),
    ),
  };
  if (options.json) printJson(result);
  else {
    for (const failure of failed) process.stderr.write(`failed: ${failure.path}: ${failure.reason}\n`);
    for (const warning of warnings)
      process.stderr.write(
        `warning: ${warning.message.startsWith(warning.path) ? warning.message : `${warning.path}: ${warning.message}`}\n`,
      );
    type Counts = ReturnType<typeof counts> & { failed: readonly unknown[]; warnings: readonly unknown[] };
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
  if (failed.length > 0) process.exitCode = 65;
}

/** Why files were skipped: `unsupported type`, `empty`, or both with their counts. */
function skippedReasons({ skipped, empty }: { skipped: number; empty: number }): string {
  if (empty === 0) return 'unsupported type';
  if (empty === skipped) return 'empty';
  return `${skipped - empty} unsupported type, ${empty} empty`;
}
