import { describe, expect, it } from 'vitest';
import { orderColumns } from './pdf-columns.js';
import type { TextLine } from './pdf-text-runs.js';

const run = (text: string, x: number, width: number) => ({ text, x, y: 0, width, size: 10, bold: false });
const line = (y: number, ...runs: ReturnType<typeof run>[]): TextLine => ({ y, runs: runs.map((r) => ({ ...r, y })) });

describe('orderColumns', () => {
  it('keeps a table with short cells in row order instead of splitting it into columns', () => {
    const lines = [0, 1, 2, 3].map((i) => line(700 - i * 20, run(`Region ${i}`, 50, 40), run(`Carrier ${i}`, 300, 40)));
    expect(orderColumns(lines).map((l) => l.runs.map((r) => r.text).join(' | '))).toEqual([
      'Region 0 | Carrier 0',
      'Region 1 | Carrier 1',
      'Region 2 | Carrier 2',
      'Region 3 | Carrier 3',
    ]);
  });

  it('reads prose columns left then right, and closes the columns at a line spanning both', () => {
    const prose = (side: string, i: number, x: number) => run(`${side} column line ${i} with words`, x, 200);
    const lines = [
      line(700, prose('left', 1, 50), prose('right', 1, 320)),
      line(684, prose('left', 2, 50), prose('right', 2, 320)),
      line(668, prose('left', 3, 50), prose('right', 3, 320)),
      line(640, run('A footnote that spans the whole width of the page body', 50, 470)),
    ];
    expect(orderColumns(lines).map((l) => l.runs[0]!.text)).toEqual([
      'left column line 1 with words',
      'left column line 2 with words',
      'left column line 3 with words',
      'right column line 1 with words',
      'right column line 2 with words',
      'right column line 3 with words',
      'A footnote that spans the whole width of the page body',
    ]);
  });
});
