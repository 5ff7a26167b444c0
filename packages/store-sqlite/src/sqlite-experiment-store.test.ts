import { experimentStoreContract } from '@switchboard/testkit';
import { createSqliteStores } from './create-sqlite-stores.js';

experimentStoreContract('SQLite', async () => {
  const stores = createSqliteStores(':memory:');
  return { experiments: stores.experiments, close: () => stores.close() };
});
