/** `switchboard sources`: the configured sources (and any others in the store) with counts and the last sync time. */
import type { Command } from 'commander';
import { sourceLocation } from '@switchboard/ingest';
import { formatTable, printJson, printLine } from '../output.js';
import { openWorkspace } from '../workspace.js';
import { workspaceDir } from './command-context.js';

export interface SourceRow {
  readonly name: string;
  readonly type: string;
  /** Path or URL; null for a source that is only in the store (ingested by path). */
  readonly location: string | null;
  readonly configured: boolean;
  readonly documents: number;
  readonly chunks: number;
  readonly lastSyncedAt: string | null;
}

export function registerSourcesCommand(program: Command): void {
  program
    .command('sources')
    .description('list the sources with their document and chunk counts and last sync time')
    .option('--json', 'print the list as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const workspace = openWorkspace(workspaceDir(command));
      try {
        const stored = new Map((await workspace.stores.knowledge.listSources()).map((source) => [source.name, source]));
        const rows: SourceRow[] = workspace.config.sources.map((source) => ({
          name: source.name,
          type: source.type,
          location: sourceLocation(source),
          configured: true,
          documents: stored.get(source.name)?.documents ?? 0,
          chunks: stored.get(source.name)?.chunks ?? 0,
          lastSyncedAt: stored.get(source.name)?.lastSyncedAt ?? null,
        }));
        // Documents ingested by path under another name are still searchable, so they are listed too (while they have any).
        for (const source of stored.values())
          if (source.documents > 0 && !rows.some((row) => row.name === source.name))
            rows.push({ ...source, location: null, configured: false });
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
      } finally {
        workspace.close();
      }
    });
}
