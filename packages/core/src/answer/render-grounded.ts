/**
 * Renders grounded units as Markdown the way their source showed them: prose as paragraphs, steps numbered as in the
 * source, items and table rows as bullets, code whole. One `[n]` marker closes each paragraph or list; a sentence that
 * leads into a list ("To request a refund:") shares the list's marker. The extractive composer and the persona
 * overlays both render through here, so a persona never turns a procedure back into run-on text.
 */
import type { EvidenceUnitKind } from './evidence-units.js';

export interface GroundedUnit {
  readonly text: string;
  /** The citation index the unit is quoted under. */
  readonly citation: number;
  readonly kind: EvidenceUnitKind;
  /** Units with the same citation and block came from one source block (paragraph, list, table). */
  readonly block: number;
  /** A step's number in the source. */
  readonly number?: number;
}

interface Block {
  readonly kind: EvidenceUnitKind;
  readonly citation: number;
  readonly text: string;
}

export function renderGroundedUnits(units: readonly GroundedUnit[]): string {
  const groups: GroundedUnit[][] = [];
  for (const unit of units) {
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    const joins =
      previous !== undefined &&
      previous.citation === unit.citation &&
      previous.block === unit.block &&
      previous.kind === unit.kind &&
      unit.kind !== 'code';
    if (last && joins) last.push(unit);
    else groups.push([unit]);
  }
  const blocks: Block[] = groups.map((group) => {
    const { kind, citation } = group[0]!;
    if (kind === 'code') return { kind, citation, text: `${group[0]!.text}\n[${citation}]` };
    if (kind === 'sentence') return { kind, citation, text: group.map((unit) => unit.text).join(' ') };
    const first = group[0]!.number ?? 1;
    const lines = group.map((unit, i) => (kind === 'step' ? `${first + i}. ${unit.text}` : `- ${unit.text}`));
    return { kind, citation, text: lines.join('\n') };
  });
  const paragraphs: string[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === 'code') return void paragraphs.push(block.text);
    const next = blocks[i + 1];
    const isList = (b: Block | undefined) => b !== undefined && (b.kind === 'step' || b.kind === 'item' || b.kind === 'row');
    if (block.kind === 'sentence' && isList(next) && next!.citation === block.citation) return void paragraphs.push(block.text);
    const text = `${block.text} [${block.citation}]`;
    const previous = blocks[i - 1];
    if (isList(block) && previous?.kind === 'sentence' && previous.citation === block.citation && paragraphs.length > 0)
      paragraphs[paragraphs.length - 1] += `\n${text}`;
    else paragraphs.push(text);
  });
  return paragraphs.join('\n\n');
}
