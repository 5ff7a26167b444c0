import { describe, expect, it } from 'vitest';
import { excludedUnder, ingestTargets } from './ingest-targets.js';

const layout = {
  dir: '/ws',
  config: {
    sources: [
      { name: 'kb', type: 'folder' as const, path: 'kb' },
      { name: 'faq', type: 'folder' as const, path: 'kb/faq' },
      { name: 'help-center', type: 'zendesk' as const, subdomain: 'acme' },
    ],
    store: { path: 'data/switchboard.db' },
  },
};

describe('ingestTargets', () => {
  it('files a path under the deepest source that covers it, and each source inside it into itself', () => {
    expect(ingestTargets(layout, '/ws/kb').map(({ name, root, exclude, label }) => ({ name, root, exclude, label }))).toEqual([
      { name: 'kb', root: '/ws/kb', exclude: ['/ws/kb/faq'], label: 'kb:/ws/kb' },
      { name: 'faq', root: '/ws/kb/faq', exclude: [], label: 'faq:kb/faq' },
    ]);
    expect(ingestTargets(layout, '/ws/kb/faq/returns.md').map((target) => target.name)).toEqual(['faq']);
  });

  it('files a path outside every source under "files", leaving out the sources and the store folder inside it', () => {
    const [target, ...inside] = ingestTargets(layout, '/ws');
    expect(target).toMatchObject({ source: null, name: 'files', exclude: ['/ws/kb', '/ws/kb/faq', '/ws/data'] });
    expect(inside.map((entry) => entry.name)).toEqual(['kb', 'faq']);
    expect(excludedUnder(layout, '/ws/kb')).toEqual(['/ws/kb/faq']);
  });

  it('holds everything under the path in the source --source names', () => {
    expect(ingestTargets(layout, '/ws/kb', 'manual')).toMatchObject([{ name: 'manual', source: { name: 'kb' }, exclude: [] }]);
  });
});
