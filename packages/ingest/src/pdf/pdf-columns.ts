/** Puts a page's lines in reading order: on a two-column page, the left column before the right one. */
import type { TextLine, TextRun } from './pdf-text-runs.js';

/**
 * Finds a gutter: an x band near the middle that (almost) no run crosses, with prose on both sides.
 * Prose, not a table: the runs on each side are mostly several words long, as wrapped text lines are.
 */
export function findGutter(lines: readonly TextLine[]): number | null {
  const runs = lines.flatMap((line) => line.runs);
  if (runs.length < 6) return null;
  const left = Math.min(...runs.map((run) => run.x));
  const right = Math.max(...runs.map((run) => run.x + run.width));
  const crossing = (x: number): number => runs.filter((run) => run.x < x && run.x + run.width > x).length;
  let best: { x: number; count: number } | null = null;
  for (let x = left + (right - left) * 0.3; x <= left + (right - left) * 0.7; x += 2) {
    const count = crossing(x);
    // Prefer the centre of the emptiest band: the first x of a run of equal minima is kept, then moved below.
    if (!best || count < best.count) best = { x, count };
  }
  if (!best || best.count > Math.max(1, runs.length * 0.05)) return null;
  let end = best.x;
  while (end + 2 <= right && crossing(end + 2) === best.count) end += 2;
  const gutter = (best.x + end) / 2;
  const leftRuns = runs.filter((run) => run.x + run.width <= gutter);
  const rightRuns = runs.filter((run) => run.x >= gutter);
  const isProse = (side: readonly TextRun[]): boolean => side.length >= 3 && median(side.map((run) => run.text.split(' ').length)) >= 4;
  return isProse(leftRuns) && isProse(rightRuns) ? gutter : null;
}

/** Lines in reading order; a line crossing the gutter (a title over both columns) closes the columns above it. */
export function orderColumns(lines: readonly TextLine[]): TextLine[] {
  const gutter = findGutter(lines);
  if (gutter === null) return [...lines];
  const ordered: TextLine[] = [];
  let leftColumn: TextLine[] = [];
  let rightColumn: TextLine[] = [];
  const flush = (): void => {
    ordered.push(...leftColumn, ...rightColumn);
    leftColumn = [];
    rightColumn = [];
  };
  for (const line of lines) {
    if (line.runs.some((run) => run.x < gutter && run.x + run.width > gutter)) {
      flush();
      ordered.push(line);
      continue;
    }
    const leftRuns = line.runs.filter((run) => run.x < gutter);
    const rightRuns = line.runs.filter((run) => run.x >= gutter);
    if (leftRuns.length > 0) leftColumn.push({ y: line.y, runs: leftRuns });
    if (rightRuns.length > 0) rightColumn.push({ y: line.y, runs: rightRuns });
  }
  flush();
  return ordered;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
