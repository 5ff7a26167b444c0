import { describe, expect, it } from 'vitest';
import { sourceRows } from './source-rows.js';

describe('sourceRows', () => {
  it('lists the configured sources with their stored counts, then stored sources that still have documents', () => {
    const stored = [
      { name: 'kb', type: 'folder', lastSyncedAt: '2026-01-02T00:00:00.000Z', documents: 3, chunks: 9 },
      { name: 'files', type: 'folder', lastSyncedAt: null, documents: 2, chunks: 5 },
      { name: 'emptied', type: 'folder', lastSyncedAt: null, documents: 0, chunks: 0 },
    ];
    const configured = [
      { name: 'kb', type: 'folder' as const, path: 'kb' },
      { name: 'help-center', type: 'zendesk' as const, subdomain: 'acme' },
    ];
    expect(sourceRows(configured, stored)).toEqual([
      { name: 'kb', type: 'folder', location: 'kb', configured: true, documents: 3, chunks: 9, lastSyncedAt: '2026-01-02T00:00:00.000Z' },
      {
        name: 'help-center',
        type: 'zendesk',
        location: 'https://acme.zendesk.com/hc',
        configured: true,
        documents: 0,
        chunks: 0,
        lastSyncedAt: null,
      },
      { name: 'files', type: 'folder', lastSyncedAt: null, documents: 2, chunks: 5, location: null, configured: false },
    ]);
  });
});
