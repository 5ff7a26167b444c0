import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBeirCorpus } from './read-beir-dataset.js';

describe('readBeirCorpus', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sb-beir-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts a UTF-8 byte-order mark before the first line (issue 16)', () => {
    writeFileSync(join(dir, 'corpus.jsonl'), '\uFEFF{"_id": "d1", "title": "Refunds", "text": "Within 30 days."}\n');
    expect(readBeirCorpus(dir)).toEqual([{ id: 'd1', title: 'Refunds', text: 'Within 30 days.', metadata: {} }]);
  });
});
