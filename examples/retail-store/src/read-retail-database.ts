/** Reads a retail database file (the τ²-bench format), naming the file when it is not one. */
import { readFileSync } from 'node:fs';
import { SwitchboardError } from '@switchboard/spec';
import type { RetailDatabase } from './retail-database.js';

export function readRetailDatabase(path: string): RetailDatabase {
  try {
    const db = JSON.parse(readFileSync(path, 'utf8')) as RetailDatabase;
    if (!db.users || !db.orders || !db.products) throw new Error('expected "products", "users" and "orders"');
    return db;
  } catch (error) {
    throw new SwitchboardError('DATASET_INVALID', `${path}: not a retail database (${(error as Error).message})`, { cause: error });
  }
}
