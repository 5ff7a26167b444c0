import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linkedArticleHistory } from '@switchboard/core/retrieval';
import { createSqliteStores } from '@switchboard/store-sqlite';
import { ingestFiles } from '../ingest-files.js';

const fixtures = fileURLToPath(new URL('../__fixtures__/zendesk', import.meta.url));

describe("ingesting Zendesk tickets' help-center links", () => {
  it('stores each resolved ticket with the articles its agent linked, which pair with the ingested articles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-zendesk-'));
    const stores = createSqliteStores(':memory:');
    try {
      cpSync(fixtures, join(dir, 'zendesk'), { recursive: true });
      await ingestFiles({
        store: stores.knowledge,
        sourceName: 'zendesk',
        sourceType: 'folder',
        baseDir: dir,
        roots: [join(dir, 'zendesk')],
        chunking: { maxTokens: 200, overlapTokens: 20 },
        now: () => new Date('2026-02-01T00:00:00Z'),
      });
      const login = await stores.knowledge.findDocument('zendesk', 'zendesk/tickets.json#5003');
      expect(login?.linkedArticles).toEqual([
        { question: 'Cannot log in', url: 'https://acme.zendesk.com/hc/en-us/articles/360001111111-Reset-your-password' },
      ]);
      const documents = await stores.knowledge.listDocuments();
      const titleOf = (id: string) => documents.find((document) => document.id === id)?.title;
      expect(linkedArticleHistory(documents).map((row) => [row.question, titleOf(row.documentId)])).toEqual([
        ['Charged twice for order 7731', 'Billing > Refunds > Refund timing'],
        ['Cannot log in', 'Account > Sign-in > Reset your password'],
      ]);
    } finally {
      stores.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
