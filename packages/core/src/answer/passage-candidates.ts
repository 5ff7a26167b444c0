/**
 * The passages a section could be answered with: contiguous runs of its units, optionally after its first one or two
 * units (a section's opening often names the screen or condition the answer depends on). A numbered procedure is
 * never cut: a run that touches one step takes the whole list, in order.
 */
import type { EvidenceUnit } from './evidence-units.js';

export interface PassageCandidate {
  /** Units taken from the section's start, before the run (0, 1 or 2). */
  readonly prefix: number;
  /** The run is units[start, end). */
  readonly start: number;
  readonly end: number;
}

const dangling = /^(?:It|Its|This|That|These|Those|They|Them|Their|He|She)\b/;

/** Longest run considered, in units: longer sections are answered by part, not whole. */
export const maxRunUnits = 40;

export function passageCandidates(units: readonly EvidenceUnit[]): PassageCandidate[] {
  const firstOfBlock = (i: number): number => {
    let k = i;
    while (k > 0 && units[k]!.kind === 'step' && units[k - 1]!.kind === 'step' && units[k - 1]!.block === units[k]!.block) k -= 1;
    return k;
  };
  const endOfBlock = (j: number): number => {
    let k = j;
    while (k < units.length && units[k]!.kind === 'step' && units[k - 1]!.kind === 'step' && units[k - 1]!.block === units[k]!.block)
      k += 1;
    return k;
  };
  const seen = new Set<string>();
  const candidates: PassageCandidate[] = [];
  for (const prefix of [0, 1, 2]) {
    if (prefix > 0 && units.length <= prefix + 1) continue;
    // The opening units are a prefix only when they do not end inside a numbered procedure.
    if (prefix > 0 && endOfBlock(prefix) !== prefix) continue;
    for (let i = prefix; i < units.length; i += 1) {
      // A prefix directly followed by its run is the same passage as a run from the start.
      if (prefix > 0 && i === prefix) continue;
      const start = firstOfBlock(i);
      if (prefix > 0 && start <= prefix) continue;
      // "It", "This" or "They" opening a run has lost what it refers to: the run starts one unit earlier instead.
      if (start > 0 && dangling.test(units[start]!.text)) continue;
      for (let j = i + 1; j <= Math.min(units.length, i + maxRunUnits); j += 1) {
        const end = endOfBlock(j);
        const key = `${prefix}:${start}:${end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        candidates.push({ prefix, start, end });
      }
    }
  }
  return candidates;
}

/** The units a candidate quotes, in source order. */
export function candidateUnits<T>(units: readonly T[], candidate: PassageCandidate): T[] {
  return [...units.slice(0, candidate.prefix), ...units.slice(candidate.start, candidate.end)];
}
