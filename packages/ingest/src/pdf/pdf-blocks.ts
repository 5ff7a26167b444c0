/** Groups a page's ordered lines into blocks: paragraphs and headings by spacing and style, tables by aligned runs. */
import { lineIsBold, lineSize, lineText, type TextLine } from './pdf-text-runs.js';

export interface TextBlock {
  readonly kind: 'text';
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
  readonly lineCount: number;
}

export interface TableBlock {
  readonly kind: 'table';
  /** Cells row by row, left to right as set on the page; the first row is the header. */
  readonly rows: readonly (readonly string[])[];
}

export type PageBlock = TextBlock | TableBlock;

export function toBlocks(lines: readonly TextLine[]): PageBlock[] {
  const spacing = medianGap(lines);
  const blocks: PageBlock[] = [];
  let paragraph: { lines: TextLine[]; size: number; bold: boolean } | null = null;
  const flush = (): void => {
    if (paragraph)
      blocks.push({
        kind: 'text',
        text: joinLines(paragraph.lines),
        size: paragraph.size,
        bold: paragraph.bold,
        lineCount: paragraph.lines.length,
      });
    paragraph = null;
  };
  for (let index = 0; index < lines.length;) {
    const table = readTable(lines, index);
    if (table) {
      flush();
      blocks.push({ kind: 'table', rows: table.rows });
      index = table.end;
      continue;
    }
    const line = lines[index]!;
    const size = lineSize(line);
    const bold = lineIsBold(line);
    const previous = paragraph?.lines[paragraph.lines.length - 1];
    const gap = previous ? previous.y - line.y : 0;
    const continues =
      paragraph !== null &&
      Math.abs(paragraph.size - size) < 0.5 &&
      paragraph.bold === bold &&
      gap > 0 &&
      gap <= Math.max(1.3 * spacing, 1.1 * size);
    if (!continues) flush();
    if (paragraph) paragraph.lines.push(line);
    else paragraph = { lines: [line], size, bold };
    index += 1;
  }
  flush();
  return blocks;
}

/** A table starts where two lines in a row have two or more runs starting at shared x positions. */
function readTable(lines: readonly TextLine[], start: number): { rows: string[][]; end: number } | null {
  const first = lines[start];
  const second = lines[start + 1];
  if (!first || !second || first.runs.length < 2 || second.runs.length < 2) return null;
  const size = lineSize(first);
  const tolerance = 3 + 0.3 * size;
  const anchors = first.runs.map((run) => run.x);
  const aligned = (x: number): boolean => anchors.some((anchor) => Math.abs(anchor - x) <= tolerance);
  if (second.runs.filter((run) => aligned(run.x)).length < 2) return null;
  const cellIndex = (x: number): number => {
    let found = 0;
    anchors.forEach((anchor, i) => {
      if (anchor <= x + tolerance) found = i;
    });
    return found;
  };
  const rows: string[][] = [];
  let end = start;
  for (; end < lines.length; end += 1) {
    const line = lines[end]!;
    const previous = lines[end - 1];
    const startsRow =
      line.runs.length >= 2 &&
      Math.abs(line.runs[0]!.x - anchors[0]!) <= tolerance &&
      line.runs.every((run) => run.x >= anchors[0]! - tolerance);
    // A wrapped cell: a line of runs under later columns only, close below the row it belongs to.
    const wrapsCell =
      rows.length > 0 &&
      previous !== undefined &&
      previous.y - line.y <= 2 * lineSize(line) &&
      line.runs[0]!.x > anchors[0]! + tolerance &&
      line.runs.every((run) => aligned(run.x));
    if (!startsRow && !wrapsCell) break;
    const cells = startsRow ? anchors.map(() => '') : rows[rows.length - 1]!;
    for (const run of line.runs) {
      const i = cellIndex(run.x);
      cells[i] = cells[i] ? `${cells[i]} ${run.text}` : run.text;
    }
    if (startsRow) rows.push(cells);
  }
  return rows.length >= 2 ? { rows, end } : null;
}

function joinLines(lines: readonly TextLine[]): string {
  return lines.reduce((text, line) => {
    const next = lineText(line);
    if (!text) return next;
    // A word hyphenated across lines is joined back.
    if (/[a-z]-$/.test(text) && /^[a-z]/.test(next)) return text.slice(0, -1) + next;
    return `${text} ${next}`;
  }, '');
}

function medianGap(lines: readonly TextLine[]): number {
  const gaps = lines
    .slice(1)
    .map((line, i) => lines[i]!.y - line.y)
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  // The lower median: paragraph gaps must not raise the typical line spacing on a short page.
  return gaps[Math.floor((gaps.length - 1) / 2)] ?? 0;
}
