/** Runs one analysis per segment (intent, persona, language, …) of a set of rows. */

export interface SegmentResult<Result> {
  readonly segment: string;
  /** Rows in the segment. */
  readonly count: number;
  /** The analysis, or undefined when the segment had fewer than `minimumRows` rows and was not analysed. */
  readonly result: Result | undefined;
}

/**
 * Groups rows by `keyOf` and applies `analyse` to each group, in order of first appearance. Small segments are
 * listed but not analysed: their intervals would be too wide to read and a test on them mostly noise. Many segments
 * mean many comparisons; a segment's interval is for exploring, not for a decision.
 */
export function bySegment<Row, Result>(
  rows: readonly Row[],
  keyOf: (row: Row) => string,
  analyse: (rows: readonly Row[]) => Result,
  options: { minimumRows?: number } = {},
): SegmentResult<Result>[] {
  const minimumRows = options.minimumRows ?? 1;
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return [...groups].map(([segment, members]) => ({
    segment,
    count: members.length,
    result: members.length >= minimumRows ? analyse(members) : undefined,
  }));
}
