/** EmbeddingStore on SQLite: vectors as float32 BLOBs keyed by (model, chunk), removed with their chunk. */
import type { EmbeddingStore, StoredVector } from '@switchboard/spec';
import type { SqliteDatabase } from './open-sqlite-database.js';

interface VectorRow {
  chunk_id: string;
  text_hash: string;
  dimensions: number;
  vector: Buffer;
}

export class SqliteEmbeddingStore implements EmbeddingStore {
  constructor(private readonly db: SqliteDatabase) {}

  async loadVectors(modelId: string): Promise<StoredVector[]> {
    const rows = this.db
      .prepare('SELECT chunk_id, text_hash, dimensions, vector FROM chunk_vectors WHERE model_id = ?')
      .all(modelId) as VectorRow[];
    return rows.map((row) => ({
      chunkId: row.chunk_id,
      textHash: row.text_hash,
      // Copy out of the row's buffer: its offset need not be 4-byte aligned for a Float32Array view.
      vector: new Float32Array(row.vector.buffer.slice(row.vector.byteOffset, row.vector.byteOffset + row.dimensions * 4)),
    }));
  }

  async saveVectors(modelId: string, vectors: readonly StoredVector[]): Promise<void> {
    const upsert = this.db.prepare(
      `INSERT INTO chunk_vectors (chunk_id, model_id, text_hash, dimensions, vector) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(model_id, chunk_id) DO UPDATE SET text_hash = excluded.text_hash, dimensions = excluded.dimensions, vector = excluded.vector`,
    );
    this.db.transaction(() => {
      for (const { chunkId, textHash, vector } of vectors)
        upsert.run(chunkId, modelId, textHash, vector.length, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength));
    })();
  }
}
