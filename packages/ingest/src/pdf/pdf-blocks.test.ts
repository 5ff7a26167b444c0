import { describe, expect, it } from 'vitest';
import { toBlocks } from './pdf-blocks.js';
import type { TextLine } from './pdf-text-runs.js';

const line = (y: number, ...cells: [string, number][]): TextLine => ({
  y,
  runs: cells.map(([text, x]) => ({ text, x, y, width: text.length * 5, size: 10, bold: false })),
});

describe('toBlocks', () => {
  it('joins a wrapped cell back into its row and keeps cells in page order', () => {
    const blocks = toBlocks([
      line(700, ['Plan', 50], ['Limit', 200]),
      line(684, ['Free', 50], ['Three seats and', 200]),
      line(672, ['one project', 200]),
      line(656, ['Team', 50], ['Unlimited', 200]),
      line(620, ['After the table, a paragraph.', 50]),
    ]);
    expect(blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['Plan', 'Limit'],
          ['Free', 'Three seats and one project'],
          ['Team', 'Unlimited'],
        ],
      },
      { kind: 'text', text: 'After the table, a paragraph.', size: 10, bold: false, lineCount: 1 },
    ]);
  });

  it('joins lines of a paragraph and a word hyphenated across lines, and splits paragraphs at wider gaps', () => {
    const blocks = toBlocks([line(700, ['Refunds are pro-', 50]), line(688, ['cessed daily.', 50]), line(660, ['New paragraph.', 50])]);
    expect(blocks.map((block) => (block.kind === 'text' ? block.text : ''))).toEqual(['Refunds are processed daily.', 'New paragraph.']);
  });
});
