/** ConversationStore on SQLite: conversations, messages in write order, pipeline traces, and each conversation's summary row. */
import type {
  Citation,
  Conversation,
  ConversationListQuery,
  ConversationPage,
  ConversationStore,
  CustomerInfo,
  Message,
  MessageOutcomeFacts,
  PipelineTrace,
  VerifiedIdentity,
} from '@switchboard/spec';
import type { SqliteDatabase } from './open-sqlite-database.js';
import { listConversationSummaries } from './sqlite-conversation-list.js';

export class SqliteConversationStore implements ConversationStore {
  constructor(private readonly db: SqliteDatabase) {}

  async createConversation(conversation: Conversation): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO conversations (id, created_at, customer, identity, device_id, status) VALUES (?, ?, ?, ?, ?, ?)')
        .run(
          conversation.id,
          conversation.createdAt,
          conversation.customer ? JSON.stringify(conversation.customer) : null,
          conversation.identity ? JSON.stringify(conversation.identity) : null,
          conversation.deviceId,
          conversation.status,
        );
      this.db
        .prepare('INSERT INTO conversation_summaries (conversation_id, updated_at, handed_off) VALUES (?, ?, ?)')
        .run(conversation.id, conversation.createdAt, conversation.status === 'handoff' ? 1 : 0);
    })();
  }

  async getConversation(id: string): Promise<Conversation | null> {
    const row = this.db.prepare('SELECT * FROM conversations WHERE id = ?').get(id) as
      | {
          id: string;
          created_at: string;
          customer: string | null;
          identity: string | null;
          device_id: string | null;
          status: Conversation['status'];
        }
      | undefined;
    if (!row) return null;
    return {
      id: row.id,
      createdAt: row.created_at,
      customer: row.customer ? (JSON.parse(row.customer) as CustomerInfo) : null,
      identity: row.identity ? (JSON.parse(row.identity) as VerifiedIdentity) : null,
      deviceId: row.device_id,
      status: row.status,
    };
  }

  async setStatus(id: string, status: Conversation['status']): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('UPDATE conversations SET status = ? WHERE id = ?').run(status, id);
      if (status === 'handoff') this.db.prepare('UPDATE conversation_summaries SET handed_off = 1 WHERE conversation_id = ?').run(id);
    })();
  }

  async updateCustomer(id: string, customer: CustomerInfo): Promise<void> {
    this.db.transaction(() => {
      const row = this.db.prepare('SELECT customer FROM conversations WHERE id = ?').get(id) as { customer: string | null } | undefined;
      const merged = { ...(row?.customer ? (JSON.parse(row.customer) as CustomerInfo) : {}), ...customer };
      this.db.prepare('UPDATE conversations SET customer = ? WHERE id = ?').run(JSON.stringify(merged), id);
    })();
  }

  async appendMessage(message: Message): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO messages (id, conversation_id, role, text, created_at, citations, trace_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(
          message.id,
          message.conversationId,
          message.role,
          message.text,
          message.createdAt,
          JSON.stringify(message.citations),
          message.traceId,
        );
      this.db
        .prepare(
          `UPDATE conversation_summaries SET message_count = message_count + 1, last_role = ?, last_text = ?, updated_at = ?
           WHERE conversation_id = ?`,
        )
        .run(message.role, message.text, message.createdAt, message.conversationId);
    })();
  }

  async listMessages(conversationId: string): Promise<Message[]> {
    const rows = this.db.prepare('SELECT * FROM messages WHERE conversation_id = ? ORDER BY seq').all(conversationId) as {
      id: string;
      conversation_id: string;
      role: Message['role'];
      text: string;
      created_at: string;
      citations: string;
      trace_id: string | null;
    }[];
    return rows.map((row) => ({
      id: row.id,
      conversationId: row.conversation_id,
      role: row.role,
      text: row.text,
      createdAt: row.created_at,
      citations: JSON.parse(row.citations) as Citation[],
      traceId: row.trace_id,
    }));
  }

  async saveTrace(trace: PipelineTrace): Promise<void> {
    this.db
      .prepare('INSERT INTO traces (id, conversation_id, query, created_at, stages, total_ms, request_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(
        trace.id,
        trace.conversationId,
        trace.query,
        trace.createdAt,
        JSON.stringify(trace.stages),
        trace.totalMilliseconds,
        trace.requestId ?? null,
      );
  }

  async getTrace(id: string): Promise<PipelineTrace | null> {
    const row = this.db.prepare('SELECT * FROM traces WHERE id = ?').get(id) as
      | {
          id: string;
          conversation_id: string | null;
          query: string;
          created_at: string;
          stages: string;
          total_ms: number;
          request_id: string | null;
        }
      | undefined;
    if (!row) return null;
    return {
      id: row.id,
      conversationId: row.conversation_id,
      query: row.query,
      createdAt: row.created_at,
      stages: JSON.parse(row.stages) as PipelineTrace['stages'],
      totalMilliseconds: row.total_ms,
      ...(row.request_id === null ? {} : { requestId: row.request_id }),
    };
  }

  async recordMessageOutcome(conversationId: string, facts: MessageOutcomeFacts): Promise<void> {
    this.db
      .prepare(
        `UPDATE conversation_summaries SET outcome = ?, intent = COALESCE(intent, ?), persona = COALESCE(persona, ?)
         WHERE conversation_id = ?`,
      )
      .run(facts.outcome, facts.intent, facts.persona, conversationId);
  }

  async listConversations(query: ConversationListQuery): Promise<ConversationPage> {
    return listConversationSummaries(this.db, query);
  }
}
