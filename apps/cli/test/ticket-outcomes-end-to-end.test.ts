/**
 * Issue 19 item 2 end to end: a conversation held by the workspace, then `switchboard ingest` of a Zendesk tickets
 * export whose ticket links it (tag `switchboard_conversation:<id>`), shows up in the conversation's outcome.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '@switchboard/server';
import { runCli } from '@switchboard/testkit';
import { startWorkspaceServer } from '../src/commands/serve-command.js';
import { openWorkspace } from '../src/workspace.js';

interface Summary {
  rows: { byOutcome: Record<string, number>; deflectionRate: number; conversations: number }[];
}

describe('ingesting a Zendesk tickets export records the outcome of the conversations its tickets link', () => {
  let dir: string;
  let conversationId: string;
  let authorization: { authorization: string };

  /** Runs `use` against the workspace served over real HTTP, closing both afterwards. */
  async function served<T>(use: (url: string) => Promise<T>): Promise<T> {
    const workspace = openWorkspace(dir);
    const server = await startWorkspaceServer(workspace, { host: '127.0.0.1', port: 0, logLevel: 'silent' });
    try {
      return await use(server.url);
    } finally {
      await server.close();
      workspace.close();
    }
  }
  const ticketOutcomeEvents = async (): Promise<number> => {
    const workspace = openWorkspace(dir);
    try {
      return (await workspace.stores.events.list({ conversationId, type: 'ticket.outcome' })).length;
    } finally {
      workspace.close();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-ticket-outcomes-'));
    expect((await runCli(['init', dir])).code).toBe(0);
    const workspace = openWorkspace(dir);
    const { key } = await createApiKey(workspace.stores.apiKeys, { name: 'test', scope: 'admin', createdAt: new Date().toISOString() });
    workspace.close();
    authorization = { authorization: `Bearer ${key}` };
    conversationId = await served(async (url) => {
      const { id } = (await (await fetch(`${url}/v1/conversations`, { method: 'POST', headers: authorization })).json()) as { id: string };
      await fetch(`${url}/v1/conversations/${id}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...authorization },
        body: JSON.stringify({ text: 'My refund has not arrived' }),
      });
      return id;
    });
    mkdirSync(join(dir, 'kb', 'zendesk'), { recursive: true });
    const ticket = (id: number, conversation: string) => ({
      id,
      subject: 'Refund not arrived',
      status: 'solved',
      tags: [`switchboard_conversation:${conversation}`],
      updated_at: new Date().toISOString(),
      satisfaction_rating: { score: 'bad' },
      metric_set: { reopens: 1, solved_at: new Date().toISOString() },
      comments: [],
    });
    writeFileSync(
      join(dir, 'kb', 'zendesk', 'tickets.json'),
      JSON.stringify({ tickets: [ticket(6001, conversationId), ticket(6002, 'conv_from_elsewhere')] }),
    );
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('records the linked ticket once, warns of a conversation it does not hold, and the summary shows the reopen', async () => {
    const first = await runCli(['-w', dir, 'ingest', '--json']);
    expect(first.code).toBe(0);
    expect((JSON.parse(first.stdout) as { warnings: { message: string }[] }).warnings).toContainEqual({
      path: 'kb/zendesk/tickets.json',
      message: 'ticket 6002 links conversation conv_from_elsewhere, which this workspace does not have; its outcome is not recorded',
    });
    expect(await ticketOutcomeEvents()).toBe(1);
    // The same export again: the ticket's state is already in the log.
    expect((await runCli(['-w', dir, 'ingest', '--json'])).code).toBe(0);
    expect(await ticketOutcomeEvents()).toBe(1);

    const summary = await served(
      async (url) => (await (await fetch(`${url}/v1/metrics/summary?by=day`, { headers: authorization })).json()) as Summary,
    );
    expect(summary.rows).toEqual([expect.objectContaining({ conversations: 1, deflectionRate: 0 })]);
    // Solved by a person on the ticket, then reopened there.
    expect(summary.rows[0]!.byOutcome).toMatchObject({ reopened: 1 });
  });
});
