import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from './parse-csv.js';

describe('parseCsvRecords', () => {
  it('gives each record the line it starts on, counting line breaks inside quoted cells and leaving blank lines out', () => {
    expect(parseCsvRecords('x.csv', 'text,label\n"two\nlines",x\n\nno label,\n')).toEqual([
      { line: 1, cells: ['text', 'label'] },
      { line: 2, cells: ['two\nlines', 'x'] },
      { line: 5, cells: ['no label', ''] },
    ]);
  });

  it('names the file and the line an unterminated quoted field opens on', () => {
    expect(() => parseCsvRecords('x.csv', 'text,label\nfine,a\n"never closed,b\n')).toThrow(
      'x.csv: a quoted field opened on line 3 is never closed',
    );
  });
});
