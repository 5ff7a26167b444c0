/** `switchboard demo`: ingests the bundled Acme help center, starts the API and shows a sample request. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { SwitchboardError } from '@switchboard/spec';
import { printLine } from '../output.js';
import { openWorkspace, syncSources } from '../workspace.js';
import { closeOnSignal } from '@switchboard/server';
import { startWorkspaceServer, type ServeOptions } from './serve-command.js';
import { ensureDemoAdminKey, temporaryWidgetKey } from './demo-admin-key.js';
import { demoPageHtml } from './demo-page.js';

const exampleDir = findExampleDir(dirname(fileURLToPath(import.meta.url)));
const sampleQuestion = 'how do I get a refund?';

/**
 * The nearest `examples/acme-help-center` above this module: the repository root when run from apps/cli/dist, the
 * package root when run from the installed bundle (scripts/pack-cli.mjs copies the example there).
 */
function findExampleDir(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, 'examples', 'acme-help-center');
    if (existsSync(candidate) || dirname(folder) === folder) return candidate;
  }
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'ingest the bundled example help center and serve it: the API, a sample page with the chat widget at /demo, the console at /console',
    )
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on, 0 for any free port', (value) => Number.parseInt(value, 10), 8787)
    .option('--smoke', 'send the sample request to the running server, print the reply and exit')
    .action(async (options: ServeOptions & { smoke?: boolean }) => {
      if (!existsSync(exampleDir)) throw new SwitchboardError('INGEST_PATH_NOT_FOUND', `the example workspace is missing at ${exampleDir}`);
      const workspace = openWorkspace(exampleDir);
      const [summary] = [...(await syncSources(workspace)).values()];
      printLine(
        `Ingested the Acme help center: ${summary?.added ?? 0} added, ${summary?.updated ?? 0} updated, ${summary?.unchanged ?? 0} unchanged.`,
      );
      // The page's widget key lives as long as this run: it is in the page's HTML for anyone to read, as on a real site.
      const pageKey = await temporaryWidgetKey(workspace.stores.apiKeys, 'page');
      // The demo's output is for reading: request logs only on warnings and errors.
      const server = await startWorkspaceServer(workspace, { logLevel: 'warn', ...options, demoPage: demoPageHtml(pageKey.key) });
      printLine(`Switchboard is listening on ${server.url}`);
      printLine(`  Sample company page with the chat widget: ${server.url}/demo`);
      printLine(`  Support console (sign in with the admin key below): ${server.url}/console/`);
      printLine('');
      const adminKey = await ensureDemoAdminKey(workspace.stores.apiKeys);
      if (adminKey) {
        printLine('Created an admin key for this workspace. Copy it now: only its hash is stored, it is not shown again.');
        printLine(`  export SWITCHBOARD_KEY=${adminKey}`);
      } else {
        printLine('This workspace already has an admin key (its secret was shown once, when it was created). Set SWITCHBOARD_KEY to it,');
        printLine(`or create another: npx switchboard -w ${exampleDir} keys create --name NAME --scope admin`);
      }
      const auth = `-H "authorization: Bearer $SWITCHBOARD_KEY"`;
      printLine('');
      printLine('Try it:');
      printLine(`  id=$(curl -s -X POST ${server.url}/v1/conversations ${auth} | sed 's/.*"id":"\\([^"]*\\)".*/\\1/')`);
      printLine(
        `  curl -s -X POST ${server.url}/v1/conversations/$id/messages ${auth} -H 'content-type: application/json' -d '{"text":"${sampleQuestion}"}'`,
      );
      printLine(`  curl -s ${server.url}/v1/handoffs ${auth}`);
      printLine('');
      if (options.smoke) {
        const widget = await temporaryWidgetKey(workspace.stores.apiKeys, 'smoke');
        const authorization = { authorization: `Bearer ${widget.key}` };
        const created = (await (await fetch(`${server.url}/v1/conversations`, { method: 'POST', headers: authorization })).json()) as {
          id: string;
          token: string;
        };
        // As the widget does: the widget key starts the conversation, the conversation's own token posts to it.
        const reply = await fetch(`${server.url}/v1/conversations/${created.id}/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${created.token}` },
          body: JSON.stringify({ text: sampleQuestion }),
        });
        printLine(JSON.stringify(await reply.json(), null, 2));
        await widget.revoke();
        await pageKey.revoke();
        await server.close();
        workspace.close();
        return;
      }
      printLine('Press Ctrl-C to stop.');
      await closeOnSignal(server, () => undefined);
      await pageKey.revoke();
      workspace.close();
    });
}
