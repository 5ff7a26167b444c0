/** `switchboard sync [name]`: brings the configured sources up to date (new, changed and deleted documents). */
import type { Command } from 'commander';
import { SwitchboardError } from '@switchboard/spec';
import { withWorkspace, syncSources } from '../workspace.js';
import { workspaceDir } from './command-context.js';
import { reportIngest } from './ingest-command.js';

interface SyncOptions {
  strict?: boolean;
  json?: boolean;
}

export function registerSyncCommand(program: Command): void {
  program
    .command('sync')
    .description(
      'sync the configured sources (folders, exports, Zendesk and Confluence APIs); unchanged documents are skipped, deleted ones removed',
    )
    .argument('[name]', 'only this source (default: every source)')
    .option('--strict', 'stop at the first bad document or source')
    .option('--json', 'print the summary as JSON')
    .action(async (name: string | undefined, options: SyncOptions, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const names = workspace.config.sources.map((source) => source.name);
        if (name !== undefined && !names.includes(name)) {
          throw new SwitchboardError(
            'VALIDATION_FAILED',
            `no source named '${name}' in switchboard.yaml; configured: ${names.length ? names.join(', ') : '(none)'}`,
            { details: { field: 'name' } },
          );
        }
        const summaries = await syncSources(workspace, {
          names: name === undefined ? undefined : [name],
          prune: true,
          strict: options.strict,
          quiet: options.json,
        });
        reportIngest(summaries, { json: options.json ?? false, perSource: true });
      });
    });
}
