/** The conversation list on SQLite: one query over conversations and their summary rows, newest first, a page at a time. */
import type { ConversationListQuery, ConversationPage, CustomerInfo, ConversationSummary, MessageRole } from '@switchboard/spec';
import type { SqliteDatabase } from './open-sqlite-database.js';

interface SummaryRow {
  id: string;
  created_at: string;
  customer: string | null;
  status: ConversationSummary['status'];
  updated_at: string;
  message_count: number;
  last_role: MessageRole | null;
  last_text: string | null;
  intent: string | null;
  persona: string | null;
  outcome: ConversationSummary['outcome'];
  handed_off: number;
}

/** LIKE's wildcards in the searched text stand for themselves. */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

export function listConversationSummaries(db: SqliteDatabase, query: ConversationListQuery): ConversationPage {
  const where: string[] = [];
  const values: unknown[] = [];
  const add = (condition: string, ...parameters: unknown[]): void => {
    where.push(condition);
    values.push(...parameters);
  };
  if (query.text !== undefined)
    add("EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.text LIKE ? ESCAPE '\\')", likePattern(query.text));
  if (query.status !== undefined) add('c.status = ?', query.status);
  if (query.handedOff !== undefined) add('s.handed_off = ?', query.handedOff ? 1 : 0);
  if (query.intent !== undefined) add('s.intent = ?', query.intent);
  if (query.persona !== undefined) add('s.persona = ?', query.persona);
  if (query.outcome !== undefined) add('s.outcome = ?', query.outcome);
  if (query.from !== undefined) add('c.created_at >= ?', query.from);
  if (query.to !== undefined) add('c.created_at < ?', query.to);
  // Keyset pagination: the next page starts strictly after the cursor in (created_at, id) order, so conversations
  // created meanwhile (all newer) neither repeat nor shift a later page.
  if (query.before !== undefined)
    add('(c.created_at < ? OR (c.created_at = ? AND c.id < ?))', query.before.createdAt, query.before.createdAt, query.before.id);
  const rows = db
    .prepare(
      `SELECT c.id, c.created_at, c.customer, c.status, s.updated_at, s.message_count, s.last_role, s.last_text,
              s.intent, s.persona, s.outcome, s.handed_off
       FROM conversations c JOIN conversation_summaries s ON s.conversation_id = c.id
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.created_at DESC, c.id DESC LIMIT ?`,
    )
    // One more than asked says whether another page follows.
    .all(...values, query.limit + 1) as SummaryRow[];
  const page = rows.slice(0, query.limit).map(toSummary);
  const last = page.at(-1);
  return { conversations: page, next: rows.length > query.limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}

function toSummary(row: SummaryRow): ConversationSummary {
  return {
    id: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    status: row.status,
    customer: row.customer ? (JSON.parse(row.customer) as CustomerInfo) : null,
    messages: row.message_count,
    lastMessage: row.last_role === null ? null : { role: row.last_role, text: row.last_text ?? '', at: row.updated_at },
    intent: row.intent,
    persona: row.persona,
    outcome: row.outcome,
    handedOff: row.handed_off === 1,
  };
}
