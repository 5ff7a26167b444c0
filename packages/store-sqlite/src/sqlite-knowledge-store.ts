/** KnowledgeStore on SQLite: each document and its chunks are written in one transaction. */
import type {
  Chunk,
  ChunkWithDocument,
  DocumentStats,
  DocumentWrite,
  KnowledgeDocument,
  KnowledgeStore,
  LinkedArticle,
  SourceStats,
} from '@switchboard/spec';
import type { SqliteDatabase } from './open-sqlite-database.js';

interface DocumentRow {
  id: string;
  source_name: string;
  path: string;
  url: string | null;
  title: string;
  source_type: string;
  updated_at: string | null;
  tags: string;
  audience: string | null;
  doc_type: string | null;
  superseded_by: string | null;
  linked_articles: string | null;
  content_hash: string;
  ingested_at: string;
}

interface ChunkRow {
  id: string;
  document_id: string;
  parent_id: string | null;
  kind: 'section' | 'paragraph';
  ordinal: number;
  breadcrumb: string;
  section_path: string;
  text: string;
  token_count: number;
  page: number | null;
}

export class SqliteKnowledgeStore implements KnowledgeStore {
  constructor(private readonly db: SqliteDatabase) {}

  async upsertSource(name: string, type: string): Promise<void> {
    this.db.prepare('INSERT INTO sources (name, type) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET type = excluded.type').run(name, type);
  }

  async markSourceSynced(name: string, at: string): Promise<void> {
    this.db.prepare('UPDATE sources SET last_synced_at = ? WHERE name = ?').run(at, name);
  }

  async listSources(): Promise<SourceStats[]> {
    const rows = this.db
      .prepare(
        `SELECT s.name, s.type, s.last_synced_at,
           (SELECT COUNT(*) FROM documents d WHERE d.source_name = s.name) AS documents,
           (SELECT COUNT(*) FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.source_name = s.name) AS chunks
         FROM sources s ORDER BY s.name`,
      )
      .all() as { name: string; type: string; last_synced_at: string | null; documents: number; chunks: number }[];
    return rows.map((row) => ({
      name: row.name,
      type: row.type,
      lastSyncedAt: row.last_synced_at,
      documents: row.documents,
      chunks: row.chunks,
    }));
  }

  async replaceDocument({ document, chunks }: DocumentWrite): Promise<void> {
    const insertDocument = this.db.prepare(
      `INSERT INTO documents (id, source_name, path, url, title, source_type, updated_at, tags, audience, doc_type, superseded_by, linked_articles, content_hash, ingested_at)
       VALUES (@id, @sourceName, @path, @url, @title, @sourceType, @updatedAt, @tags, @audience, @docType, @supersededBy, @linkedArticles, @contentHash, @ingestedAt)`,
    );
    const insertChunk = this.db.prepare(
      `INSERT INTO chunks (id, document_id, parent_id, kind, ordinal, breadcrumb, section_path, text, token_count, page)
       VALUES (@id, @documentId, @parentId, @kind, @ordinal, @breadcrumb, @sectionPath, @text, @tokenCount, @page)`,
    );
    this.db.transaction(() => {
      this.db
        .prepare('DELETE FROM documents WHERE (source_name = ? AND path = ?) OR id = ?')
        .run(document.sourceName, document.path, document.id);
      insertDocument.run({
        ...document,
        tags: JSON.stringify(document.tags),
        supersededBy: document.supersededBy ?? null,
        linkedArticles: document.linkedArticles?.length ? JSON.stringify(document.linkedArticles) : null,
      });
      for (const chunk of chunks) insertChunk.run({ ...chunk, sectionPath: JSON.stringify(chunk.sectionPath) });
    })();
  }

  async removeDocument(documentId: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM documents WHERE id = ?').run(documentId).changes > 0;
  }

  async listDocuments(sourceName?: string): Promise<KnowledgeDocument[]> {
    const rows = (
      sourceName === undefined
        ? this.db.prepare('SELECT * FROM documents ORDER BY source_name, path').all()
        : this.db.prepare('SELECT * FROM documents WHERE source_name = ? ORDER BY path').all(sourceName)
    ) as DocumentRow[];
    return rows.map(toDocument);
  }

  async listDocumentStats(sourceName?: string): Promise<DocumentStats[]> {
    // Counted in SQL (chunks_by_document), so the console's document list never reads chunk texts.
    const select = `SELECT *, (SELECT COUNT(*) FROM chunks c WHERE c.document_id = documents.id) AS chunk_count FROM documents`;
    const rows = (
      sourceName === undefined
        ? this.db.prepare(`${select} ORDER BY source_name, path`).all()
        : this.db.prepare(`${select} WHERE source_name = ? ORDER BY path`).all(sourceName)
    ) as (DocumentRow & { chunk_count: number })[];
    return rows.map((row) => ({ ...toDocument(row), chunks: row.chunk_count }));
  }

  async findDocument(sourceName: string, path: string): Promise<KnowledgeDocument | null> {
    const row = this.db.prepare('SELECT * FROM documents WHERE source_name = ? AND path = ?').get(sourceName, path) as
      DocumentRow | undefined;
    return row ? toDocument(row) : null;
  }

  async listChunks(): Promise<ChunkWithDocument[]> {
    return this.joinDocuments(this.db.prepare('SELECT * FROM chunks ORDER BY document_id, ordinal').all() as ChunkRow[]);
  }

  async knowledgeVersion(): Promise<number> {
    return (this.db.prepare('SELECT version FROM knowledge_version').get() as { version: number }).version;
  }

  async listDocumentChunks(documentId: string): Promise<ChunkWithDocument[]> {
    return this.joinDocuments(this.db.prepare('SELECT * FROM chunks WHERE document_id = ? ORDER BY ordinal').all(documentId) as ChunkRow[]);
  }

  async getChunks(ids: readonly string[]): Promise<ChunkWithDocument[]> {
    if (ids.length === 0) return [];
    const select = this.db.prepare('SELECT * FROM chunks WHERE id = ?');
    const rows = ids.map((id) => select.get(id) as ChunkRow | undefined).filter((row): row is ChunkRow => row !== undefined);
    return this.joinDocuments(rows);
  }

  private joinDocuments(rows: readonly ChunkRow[]): ChunkWithDocument[] {
    const documents = new Map<string, KnowledgeDocument>();
    const select = this.db.prepare('SELECT * FROM documents WHERE id = ?');
    return rows.map((row) => {
      let document = documents.get(row.document_id);
      if (!document) {
        document = toDocument(select.get(row.document_id) as DocumentRow);
        documents.set(row.document_id, document);
      }
      return { ...toChunk(row), document };
    });
  }
}

function toDocument(row: DocumentRow): KnowledgeDocument {
  return {
    id: row.id,
    sourceName: row.source_name,
    path: row.path,
    url: row.url,
    title: row.title,
    sourceType: row.source_type,
    updatedAt: row.updated_at,
    tags: JSON.parse(row.tags) as string[],
    audience: row.audience,
    docType: row.doc_type,
    ...(row.superseded_by ? { supersededBy: row.superseded_by } : {}),
    ...(row.linked_articles ? { linkedArticles: JSON.parse(row.linked_articles) as LinkedArticle[] } : {}),
    contentHash: row.content_hash,
    ingestedAt: row.ingested_at,
  };
}

function toChunk(row: ChunkRow): Chunk {
  return {
    id: row.id,
    documentId: row.document_id,
    parentId: row.parent_id,
    kind: row.kind,
    ordinal: row.ordinal,
    breadcrumb: row.breadcrumb,
    sectionPath: JSON.parse(row.section_path) as string[],
    text: row.text,
    tokenCount: row.token_count,
    page: row.page,
  };
}
