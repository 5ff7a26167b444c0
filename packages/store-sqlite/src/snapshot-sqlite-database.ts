/** Copies a SQLite store file, consistently even while another connection has it open in WAL mode. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SwitchboardError } from '@switchboard/spec';

/**
 * Writes a copy of the store at `source` to `target` through SQLite's online backup, which includes what is still in
 * the write-ahead log (copying the file's bytes would miss it) and never sees half a transaction. The target's folder
 * is created when missing.
 */
export async function snapshotSqliteDatabase(source: string, target: string): Promise<void> {
  let db: Database.Database;
  try {
    db = new Database(source, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new SwitchboardError('STORE_FAILURE', `cannot open the SQLite store at ${source} to copy it: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    mkdirSync(dirname(target), { recursive: true });
    await db.backup(target);
  } catch (error) {
    throw new SwitchboardError('STORE_FAILURE', `cannot copy the SQLite store at ${source} to ${target}: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    db.close();
  }
}
