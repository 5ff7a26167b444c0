/** Renders the blocks of every page as Markdown: heading levels from font sizes across the document, pipe tables. */
import type { PageBlock, TableBlock, TextBlock } from './pdf-blocks.js';

/** One Markdown string per page; a table continued from the previous page gets that table's header row again. */
export function pdfBlocksToMarkdown(pages: readonly (readonly PageBlock[])[]): string[] {
  const levelOf = headingLevels(pages.flat().filter((block): block is TextBlock => block.kind === 'text'));
  let previousTable: TableBlock | null = null;
  return pages.map((blocks) => {
    const out = blocks.map((block, index) => {
      if (block.kind === 'text') {
        const level = levelOf(block);
        return level ? `${'#'.repeat(level)} ${block.text}` : escapeLeading(block.text);
      }
      const continued = index === 0 && previousTable !== null && previousTable.rows[0]!.length === block.rows[0]!.length;
      const header = previousTable?.rows[0];
      const rows = continued && header && !sameRow(header, block.rows[0]!) ? [header, ...block.rows] : block.rows;
      return pipeTable(rows);
    });
    const last = blocks[blocks.length - 1];
    previousTable = last?.kind === 'table' ? last : null;
    return out.join('\n\n');
  });
}

/** Sizes clearly above the body size are headings, largest first; bold body-size lines are the next level down. */
function headingLevels(blocks: readonly TextBlock[]): (block: TextBlock) => number | null {
  const weight = new Map<number, number>();
  for (const block of blocks) weight.set(round(block.size), (weight.get(round(block.size)) ?? 0) + block.text.length);
  const body = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const isShort = (block: TextBlock): boolean => block.lineCount <= 3 && block.text.length <= 150;
  const sizes = [...new Set(blocks.filter((b) => isShort(b) && round(b.size) >= body * 1.15).map((b) => round(b.size)))].sort(
    (a, b) => b - a,
  );
  return (block) => {
    if (!isShort(block)) return null;
    const index = sizes.indexOf(round(block.size));
    if (index >= 0) return Math.min(index + 1, 6);
    if (block.bold && block.lineCount === 1 && block.text.length <= 100 && !/[.:;,]$/.test(block.text))
      return Math.min(sizes.length + 1, 6);
    return null;
  };
}

function pipeTable(rows: readonly (readonly string[])[]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const line = (row: readonly string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => (row[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  const [header, ...body] = rows;
  return [line(header!), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

function sameRow(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((cell, i) => cell.toLowerCase() === b[i]!.toLowerCase());
}

/** Text that would read as a Markdown heading, table row or quote is escaped. */
function escapeLeading(text: string): string {
  return text.replace(/^([#|>])/, '\\$1');
}

function round(size: number): number {
  return Math.round(size * 2) / 2;
}
