/** Turns pdf.js text items into runs (words set close together on one baseline) grouped into lines. */

/** The subset of a pdf.js TextItem this module reads. */
export interface PdfTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly fontName: string;
}

/** Text set close together on one baseline: a phrase, a table cell. */
export interface TextRun {
  readonly text: string;
  readonly x: number;
  /** Baseline, in PDF units from the bottom of the page. */
  readonly y: number;
  readonly width: number;
  readonly size: number;
  readonly bold: boolean;
}

/** Runs sharing a baseline, left to right. */
export interface TextLine {
  readonly y: number;
  readonly runs: readonly TextRun[];
}

export function lineText(line: TextLine): string {
  return line.runs.map((run) => run.text).join(' ');
}

export function lineSize(line: TextLine): number {
  return Math.max(...line.runs.map((run) => run.size));
}

export function lineIsBold(line: TextLine): boolean {
  return line.runs.every((run) => run.bold);
}

/** Gaps wider than this many em split a line into separate runs (table cells, columns). */
const runGapEm = 0.8;

export function toTextLines(items: readonly PdfTextItem[], isBold: (fontName: string) => boolean): TextLine[] {
  const glyphs = items
    .filter((item) => item.str.trim() !== '' && Math.abs(item.transform[1] ?? 0) < 0.01)
    .map((item) => ({
      text: item.str,
      x: item.transform[4] ?? 0,
      y: item.transform[5] ?? 0,
      width: item.width,
      size: Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || 1,
      bold: isBold(item.fontName),
    }));
  // Baselines within a third of an em are one line (superscripts and rounding drift stay on it).
  glyphs.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: (typeof glyphs)[] = [];
  for (const glyph of glyphs) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - glyph.y) < Math.min(row[0]!.size, glyph.size) / 3) row.push(glyph);
    else rows.push([glyph]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const runs: TextRun[] = [];
    for (const glyph of row) {
      const last = runs[runs.length - 1];
      const gap = last ? glyph.x - (last.x + last.width) : Infinity;
      if (last && gap < runGapEm * Math.max(last.size, glyph.size)) {
        const joiner = gap > 0.15 * glyph.size && !/\s$/.test(last.text) && !/^\s/.test(glyph.text) ? ' ' : '';
        runs[runs.length - 1] = {
          ...last,
          text: last.text + joiner + glyph.text,
          width: glyph.x + glyph.width - last.x,
          size: Math.max(last.size, glyph.size),
          bold: last.bold && glyph.bold,
        };
      } else {
        runs.push({ ...glyph });
      }
    }
    const cleaned = runs.map((run) => ({ ...run, text: run.text.replace(/\s+/g, ' ').trim() }));
    return { y: row[0]!.y, runs: cleaned };
  });
}
