/** Splits a chunk's Markdown into quotable units: sentences, list items and table rows read as sentences. */
import { splitSentences } from '../text/split-sentences.js';

/** What a unit was in the source, so an answer can show it the same way (steps stay numbered, rows keep headers). */
export type EvidenceUnitKind = 'sentence' | 'step' | 'item' | 'row' | 'code';

export interface EvidenceUnit {
  /** Text as it will be shown to the customer. */
  readonly text: string;
  /** Position within the chunk, for keeping source order. */
  readonly position: number;
  /** Index of the Markdown block (paragraph, list, table, code) the unit came from. */
  readonly block: number;
  readonly kind: EvidenceUnitKind;
  /** A step's number in the source ("3." → 3), kept so a procedure that starts mid-list is not renumbered. */
  readonly number?: number;
}

const tableSeparator = /^\s*\|?\s*:?-{2,}/;
const bullet = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;
const numbered = /^\s*(\d{1,3})[.)]\s+/;

export function evidenceUnits(markdown: string): EvidenceUnit[] {
  const units: { text: string; block: number; kind: EvidenceUnitKind; number?: number }[] = [];
  markdown.split(/\n{2,}/).forEach((block, blockIndex) => {
    const lines = block.split('\n');
    const push = (text: string, kind: EvidenceUnitKind, number?: number) =>
      units.push(number === undefined ? { text, block: blockIndex, kind } : { text, block: blockIndex, kind, number });
    if (lines[0]!.trimStart().startsWith('```') || lines[0]!.trimStart().startsWith('~~~')) {
      push(block, 'code'); // code is quoted whole or not at all
    } else if (lines.length >= 2 && lines[0]!.includes('|') && tableSeparator.test(lines[1]!)) {
      const header = cells(lines[0]!);
      for (const row of lines.slice(2)) {
        const values = cells(row);
        push(values.map((value, i) => (header[i] ? `${header[i]}: ${value}` : value)).join('; ') + '.', 'row');
      }
    } else if (lines.every((line) => bullet.test(line))) {
      for (const line of lines) {
        const number = numbered.exec(line)?.[1];
        push(line.replace(bullet, '').trim(), number ? 'step' : 'item', number ? Number(number) : undefined);
      }
    } else {
      for (const sentence of splitSentences(lines.join(' ').replace(/^#+\s+/, ''))) push(sentence, 'sentence');
    }
  });
  return units
    .map((unit, position) => ({ ...unit, text: stripInlineMarkdown(unit.text), position }))
    .filter((unit) => unit.text.length > 0);
}

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

function stripInlineMarkdown(text: string): string {
  if (text.startsWith('```') || text.startsWith('~~~')) return text;
  return text
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(?<![\w*])\*([^*]+)\*(?!\w)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .trim();
}
