/** Splits a chunk's Markdown into quotable units: sentences, list items and table rows read as sentences. */

export interface EvidenceUnit {
  /** Text as it will be shown to the customer. */
  readonly text: string;
  /** Position within the chunk, for keeping source order. */
  readonly position: number;
}

import { splitSentences } from '../text/split-sentences.js';

const tableSeparator = /^\s*\|?\s*:?-{2,}/;

export function evidenceUnits(markdown: string): EvidenceUnit[] {
  const units: string[] = [];
  const blocks = markdown.split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n');
    if (lines[0]!.trimStart().startsWith('```') || lines[0]!.trimStart().startsWith('~~~')) {
      units.push(block); // code is quoted whole or not at all
    } else if (lines.length >= 2 && lines[0]!.includes('|') && tableSeparator.test(lines[1]!)) {
      const header = cells(lines[0]!);
      for (const row of lines.slice(2)) {
        const values = cells(row);
        units.push(values.map((value, i) => (header[i] ? `${header[i]}: ${value}` : value)).join('; ') + '.');
      }
    } else if (lines.every((line) => /^\s*(?:[-*+]|\d{1,3}[.)])\s+/.test(line))) {
      for (const line of lines) units.push(line.replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '').trim());
    } else {
      units.push(...splitSentences(lines.join(' ').replace(/^#+\s+/, '')));
    }
  }
  return units.map((text, position) => ({ text: stripInlineMarkdown(text), position })).filter((unit) => unit.text.length > 0);
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
