/** Finds running headers and footers (the same text at the top or bottom of most pages) and page numbers. */
import { lineText, type TextLine } from './pdf-text-runs.js';

export interface PageLines {
  readonly lines: readonly TextLine[];
  /** Page height in PDF units. */
  readonly height: number;
}

/** Share of the page height, from the top and from the bottom, where running lines are looked for. */
const marginShare = 0.1;

const pageNumber = /^(?:page\s*)?#+(?:\s*(?:of|\/)\s*#+)?$/;

/** Returns each page's lines without its running header, footer and page number. */
export function removeRunningLines(pages: readonly PageLines[]): TextLine[][] {
  const keyOf = (line: TextLine): string => lineText(line).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const inMargin = (line: TextLine, page: PageLines): 'top' | 'bottom' | null =>
    line.y > page.height * (1 - marginShare) ? 'top' : line.y < page.height * marginShare ? 'bottom' : null;
  const counts = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set<string>();
    for (const line of page.lines) {
      const zone = inMargin(line, page);
      if (zone) keys.add(`${zone}:${keyOf(line)}`);
    }
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const textPages = pages.filter((page) => page.lines.length > 0).length;
  // Repetition means something only with a few pages to compare; "most pages" is half or more.
  const isRunning = (key: string): boolean => textPages >= 3 && (counts.get(key) ?? 0) >= Math.max(2, Math.ceil(textPages / 2));
  return pages.map((page) =>
    page.lines.filter((line) => {
      const zone = inMargin(line, page);
      if (!zone) return true;
      const key = keyOf(line);
      return !isRunning(`${zone}:${key}`) && !pageNumber.test(key);
    }),
  );
}
