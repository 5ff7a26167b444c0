/** `switchboard sources`: the configured sources (and any others in the store) with counts and the last sync time. */
import type { Command } from 'commander';
import { sourceRows } from '@switchboard/ingest';
import { formatTable, printJson, printLine } from '../output.js';
import { withWorkspace } from '../workspace.js';
import { workspaceDir } from './command-context.js';

export function registerSourcesCommand(program: Command): void {
  program
    .command('sources')
    .description('list the sources with their document and chunk counts and last sync time')
    .option('--json', 'print the list as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const rows = sourceRows(workspace.config.sources, await workspace.stores.knowledge.listSources());
        if (options.json) return printJson(rows);
        if (rows.length === 0) return printLine('no sources: add one under `sources:` in switchboard.yaml');
        printLine(
          formatTable(
            ['name', 'type', 'documents', 'chunks', 'last sync', 'location'],
            rows.map((row) => [
              row.name,
              row.type,
              String(row.documents),
              String(row.chunks),
              row.lastSyncedAt ?? 'never',
              row.location ?? '(not in switchboard.yaml)',
            ]),
          ),
        );
      });
    });
}
