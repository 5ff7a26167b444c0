/** `switchboard keys create|list|revoke`: API keys with scopes; the secret is printed once and only its hash is stored. */
import { Option, type Command } from 'commander';
import { createApiKey } from '@switchboard/server';
import { apiKeyScopes, SwitchboardError, type ApiKeyScope } from '@switchboard/spec';
import { formatTable, printJson, printLine } from '../output.js';
import { wallClock } from '../runtime.js';
import { withWorkspace } from '../workspace.js';
import { workspaceDir } from './command-context.js';

export function registerKeysCommands(program: Command): Command {
  const keys = program.command('keys').description('API keys for the HTTP API: admin, agent (handoffs, conversations, traces) or widget');
  keys
    .command('create')
    .description('create a key and print its secret once (only a salted scrypt hash is stored)')
    .requiredOption('--name <name>', 'unique name of the key, e.g. support-console')
    .addOption(new Option('--scope <scope>', 'what the key may call').choices(apiKeyScopes).makeOptionMandatory())
    .option('--json', 'print {"name", "scope", "key"} as JSON')
    .action(async (options: { name: string; scope: ApiKeyScope; json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const created = await createApiKey(workspace.stores.apiKeys, {
          name: options.name,
          scope: options.scope,
          createdAt: new Date(wallClock()).toISOString(),
        });
        if (options.json) return printJson({ name: created.record.name, scope: created.record.scope, key: created.key });
        printLine(`Created ${created.record.scope} key '${created.record.name}'. Copy it now: it is not stored and cannot be shown again.`);
        printLine(created.key);
      });
    });
  keys
    .command('list')
    .description('list the keys: name, scope, created, last used, revoked (never a secret or hash)')
    .option('--json', 'print the list as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const rows = (await workspace.stores.apiKeys.list()).map(({ name, scope, createdAt, lastUsedAt, revokedAt }) => ({
          name,
          scope,
          createdAt,
          lastUsedAt,
          revokedAt,
        }));
        if (options.json) return printJson(rows);
        if (rows.length === 0)
          return printLine('no keys: create one with `switchboard keys create --name NAME --scope admin|agent|widget`');
        printLine(
          formatTable(
            ['name', 'scope', 'created', 'last used', 'revoked'],
            rows.map((row) => [row.name, row.scope, row.createdAt, row.lastUsedAt ?? 'never', row.revokedAt ?? '-']),
          ),
        );
      });
    });
  keys
    .command('revoke')
    .description('revoke a key by name; every server sharing the store refuses it from its next request')
    .argument('<name>', 'the name of the key')
    .action(async (name: string, _options: unknown, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const revoked = await workspace.stores.apiKeys.revoke(name, new Date(wallClock()).toISOString());
        if (revoked === null) throw new SwitchboardError('NOT_FOUND', `no API key named '${name}'; \`switchboard keys list\` shows them`);
        printLine(`Revoked ${revoked.scope} key '${revoked.name}' (at ${revoked.revokedAt ?? ''}).`);
      });
    });
  return keys;
}
