/**
 * A table answers with its row, not all of them: when the question's specifics ("express", "United States") single out
 * some rows of a table, only those are shown, each with its header. A table the question does not narrow stays whole.
 */
import type { EvidenceUnit } from './evidence-units.js';

export function focusTableRows(units: readonly EvidenceUnit[], coverageOf: (unit: EvidenceUnit) => number): EvidenceUnit[] {
  const best = new Map<number, number>();
  for (const unit of units) if (unit.kind === 'row') best.set(unit.block, Math.max(best.get(unit.block) ?? 0, coverageOf(unit)));
  return units.filter((unit) => {
    if (unit.kind !== 'row') return true;
    const top = best.get(unit.block)!;
    return top === 0 || coverageOf(unit) === top;
  });
}
