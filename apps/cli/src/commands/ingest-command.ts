/** `switchboard ingest [paths…]`: incremental ingestion of files and folders, or of the configured sources. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ingestFiles, type IngestSummary } from '@switchboard/ingest';
import { createProgressBar } from '../progress-bar.js';
import { printJson, printLine } from '../output.js';
import { openWorkspace, syncSources } from '../workspace.js';
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
    .description('ingest Markdown/MDX and HTML files or folders (no paths: every configured source)')
    .argument('[paths...]', 'files or folders to ingest')
    .option('--source <name>', 'source name to file the documents under (default: the configured source at that path, else "files")')
    .option('--prune', 'remove stored documents whose files were deleted')
    .option('--strict', 'stop at the first bad file')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], options: IngestOptions, command: Command) => {
      const workspace = openWorkspace(workspaceDir(command));
      try {
        const summaries = new Map<string, IngestSummary>();
        if (paths.length === 0) {
          for (const [name, summary] of await syncSources(workspace, { prune: options.prune ?? true, quiet: options.json }))
            summaries.set(name, summary);
        } else {
          for (const path of paths) {
            const absolute = resolve(path);
            const configured = workspace.config.sources.find((source) => resolve(workspace.dir, source.path) === absolute);
            const sourceName = options.source ?? configured?.name ?? 'files';
            const bar = options.json ? null : createProgressBar(process.stderr, `${sourceName} `);
            const summary = await ingestFiles({
              store: workspace.stores.knowledge,
              sourceName,
              sourceType: 'folder',
              baseDir: workspace.dir,
              roots: [absolute],
              chunking: workspace.config.chunking,
              prune: options.prune ?? false,
              strict: options.strict ?? false,
              now: () => new Date(),
              onProgress: (p) => bar?.update(p.done, p.total, p.path),
            });
            bar?.finish();
            summaries.set(`${sourceName}:${path}`, summary);
          }
        }
        const all = [...summaries.values()];
        const total = (key: 'added' | 'updated' | 'unchanged' | 'removed' | 'skipped'): number => all.reduce((sum, s) => sum + s[key], 0);
        const failed = all.flatMap((s) => s.failed);
        const result = {
          added: total('added'),
          updated: total('updated'),
          unchanged: total('unchanged'),
          removed: total('removed'),
          skipped: total('skipped'),
          failed,
        };
        if (options.json) printJson(result);
        else {
          for (const failure of failed) process.stderr.write(`failed: ${failure.path}: ${failure.reason}\n`);
          printLine(
            `added ${result.added}, updated ${result.updated}, unchanged ${result.unchanged}, removed ${result.removed}, failed ${failed.length}` +
              (result.skipped ? `, skipped ${result.skipped} (unsupported type)` : ''),
          );
        }
        if (failed.length > 0) process.exitCode = 65;
      } finally {
        workspace.close();
      }
    });
}
