/** HandoffStore on SQLite: the human queue, oldest first, with the packet stored as JSON. */
import type {
  HandoffChange,
  HandoffExpectation,
  HandoffPacket,
  HandoffQuery,
  HandoffRecord,
  HandoffStatus,
  HandoffStore,
} from '@switchboard/spec';
import type { SqliteDatabase } from './open-sqlite-database.js';

interface HandoffRow {
  id: string;
  conversation_id: string;
  status: HandoffStatus;
  reason: string;
  queue: string;
  created_at: string;
  claimed_by: string | null;
  claimed_at: string | null;
  released_at: string | null;
  packet: string;
}

export class SqliteHandoffStore implements HandoffStore {
  constructor(private readonly db: SqliteDatabase) {}

  async create(record: HandoffRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO handoffs (id, conversation_id, status, reason, queue, created_at, claimed_by, claimed_at, released_at, packet)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        record.id,
        record.conversationId,
        record.status,
        record.reason,
        record.queue,
        record.createdAt,
        record.claimedBy,
        record.claimedAt,
        record.releasedAt,
        JSON.stringify(record.packet),
      );
  }

  async get(id: string): Promise<HandoffRecord | null> {
    const row = this.db.prepare('SELECT * FROM handoffs WHERE id = ?').get(id) as HandoffRow | undefined;
    return row ? toRecord(row) : null;
  }

  async list(query: HandoffQuery = {}): Promise<HandoffRecord[]> {
    const where: string[] = [];
    const values: unknown[] = [];
    if (query.status !== undefined) {
      where.push(`status IN (${query.status.map(() => '?').join(', ') || 'NULL'})`);
      values.push(...query.status);
    }
    if (query.conversationId !== undefined) {
      where.push('conversation_id = ?');
      values.push(query.conversationId);
    }
    const sql = `SELECT * FROM handoffs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq LIMIT ?`;
    return (this.db.prepare(sql).all(...values, query.limit ?? -1) as HandoffRow[]).map(toRecord);
  }

  async transition(id: string, expected: HandoffExpectation, change: HandoffChange): Promise<HandoffRecord | null> {
    // One statement: the WHERE clause is the check, so no other writer can slip in between a read and this write.
    const where = ['id = ?', `status IN (${expected.status.map(() => '?').join(', ') || 'NULL'})`];
    const values: unknown[] = [id, ...expected.status];
    if (expected.claimedBy !== undefined) {
      where.push('claimed_by IS ?');
      values.push(expected.claimedBy);
    }
    const set = ['status = ?'];
    const changes: unknown[] = [change.status];
    for (const [column, value] of [
      ['claimed_by', change.claimedBy],
      ['claimed_at', change.claimedAt],
      ['released_at', change.releasedAt],
    ] as const) {
      if (value === undefined) continue;
      set.push(`${column} = ?`);
      changes.push(value);
    }
    const row = this.db
      .prepare(`UPDATE handoffs SET ${set.join(', ')} WHERE ${where.join(' AND ')} RETURNING *`)
      .get(...changes, ...values) as HandoffRow | undefined;
    return row ? toRecord(row) : null;
  }
}

function toRecord(row: HandoffRow): HandoffRecord {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    status: row.status,
    reason: row.reason,
    queue: row.queue,
    createdAt: row.created_at,
    claimedBy: row.claimed_by,
    claimedAt: row.claimed_at,
    releasedAt: row.released_at,
    packet: JSON.parse(row.packet) as HandoffPacket,
  };
}
