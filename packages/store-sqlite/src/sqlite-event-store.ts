/** EventStore on SQLite: an append-only table read back in append order. */
import type { EventQuery, EventStore, SwitchboardEvent } from '@switchboard/spec';
import type { SqliteDatabase } from './open-sqlite-database.js';

export class SqliteEventStore implements EventStore {
  constructor(private readonly db: SqliteDatabase) {}

  async append(event: SwitchboardEvent): Promise<void> {
    this.db
      .prepare('INSERT INTO events (id, type, at, conversation_id, data) VALUES (?, ?, ?, ?, ?)')
      .run(event.id, event.type, event.at, event.conversationId, JSON.stringify(event.data));
  }

  async list(query: EventQuery = {}): Promise<SwitchboardEvent[]> {
    const where: string[] = [];
    const values: unknown[] = [];
    if (query.type !== undefined) {
      where.push('type = ?');
      values.push(query.type);
    }
    if (query.conversationId !== undefined) {
      where.push('conversation_id = ?');
      values.push(query.conversationId);
    }
    if (query.since !== undefined) {
      where.push('at >= ?');
      values.push(query.since);
    }
    const sql = `SELECT * FROM events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq LIMIT ?`;
    const rows = this.db.prepare(sql).all(...values, query.limit ?? -1) as {
      id: string;
      type: string;
      at: string;
      conversation_id: string | null;
      data: string;
    }[];
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      at: row.at,
      conversationId: row.conversation_id,
      data: JSON.parse(row.data) as Record<string, unknown>,
    }));
  }
}
