/** Issue 18: a store written before the conversation list existed gets a summary for each of its conversations. */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSqliteStores } from './create-sqlite-stores.js';
import { migrations } from './migrations.js';

describe('the conversation summaries migration', () => {
  it('summarises the conversations already stored from their messages, handoffs and message events', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-summaries-'));
    try {
      const path = join(dir, 'store.db');
      // The schema as it was just before the migration, with two conversations written under it.
      const summaries = migrations.findIndex((migration) => migration.includes('CREATE TABLE conversation_summaries'));
      const before = new Database(path);
      for (const migration of migrations.slice(0, summaries)) before.exec(migration);
      before.pragma(`user_version = ${summaries}`);
      const conversation = before.prepare('INSERT INTO conversations (id, created_at, status) VALUES (?, ?, ?)');
      conversation.run('old', '2026-01-01T00:00:00.000Z', 'bot');
      conversation.run('quiet', '2026-01-02T00:00:00.000Z', 'bot');
      const message = before.prepare('INSERT INTO messages (id, conversation_id, role, text, created_at) VALUES (?, ?, ?, ?, ?)');
      message.run('m1', 'old', 'customer', 'hi', '2026-01-01T00:00:01.000Z');
      message.run('m2', 'old', 'bot', 'Hello!', '2026-01-01T00:00:02.000Z');
      message.run('m3', 'old', 'customer', 'Refund please', '2026-01-01T00:01:00.000Z');
      message.run('m4', 'old', 'bot', 'Here is how refunds work.', '2026-01-01T00:01:01.000Z');
      const event = before.prepare('INSERT INTO events (id, type, at, conversation_id, data) VALUES (?, ?, ?, ?, ?)');
      const data = (intent: unknown, persona: string | null) => JSON.stringify({ traceId: 't', intent, persona });
      event.run(
        'e1',
        'message.answered',
        '2026-01-01T00:00:02.000Z',
        'old',
        data({ label: 'oos', confidence: 0.9, outOfScope: true }, null),
      );
      event.run('e2', 'message.declined', '2026-01-01T00:01:01.000Z', 'old', data({ label: 'refund', confidence: 0.8 }, 'enterprise'));
      before
        .prepare(
          "INSERT INTO handoffs (id, conversation_id, status, reason, queue, created_at, packet) VALUES ('h', 'old', 'released', 'low_confidence', 'q', 'now', '{}')",
        )
        .run();
      before.close();

      const stores = createSqliteStores(path);
      try {
        const { conversations } = await stores.conversations.listConversations({ limit: 10 });
        expect(conversations).toEqual([
          expect.objectContaining({ id: 'quiet', updatedAt: '2026-01-02T00:00:00.000Z', messages: 0, lastMessage: null, outcome: null }),
          {
            id: 'old',
            createdAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:01:01.000Z',
            status: 'bot',
            customer: null,
            messages: 4,
            lastMessage: { role: 'bot', text: 'Here is how refunds work.', at: '2026-01-01T00:01:01.000Z' },
            intent: 'refund',
            persona: 'enterprise',
            outcome: 'declined',
            handedOff: true,
          },
        ]);
        // Written on from here as any other conversation.
        await stores.conversations.appendMessage({
          id: 'm5',
          conversationId: 'old',
          role: 'customer',
          text: 'thanks',
          createdAt: '2026-01-03T00:00:00.000Z',
          citations: [],
          traceId: null,
        });
        expect((await stores.conversations.listConversations({ limit: 1, text: 'THANKS' })).conversations[0]).toMatchObject({
          id: 'old',
          messages: 5,
        });
      } finally {
        stores.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
