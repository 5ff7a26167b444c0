/**
 * Hierarchical chunking: section chunks at H2/H3 with a breadcrumb, paragraph children for precise
 * matching, a token limit with overlap for long sections. Tables split only between rows (the header
 * repeated) and code blocks never.
 */
import type { ChunkDraft } from '@switchboard/spec';
import { countTokens } from '../text/analyze.js';
import { splitSentences } from '../text/split-sentences.js';
import { parseMarkdownBlocks, renderBlock, type Block } from './markdown-blocks.js';

export interface ChunkingOptions {
  readonly maxTokens: number;
  readonly overlapTokens: number;
  /** Children shorter than this are not worth their own chunk. */
  readonly minChildTokens?: number;
}

interface Section {
  readonly path: readonly string[];
  readonly blocks: Block[];
}

/** A piece that is never split: a sentence, a list item, a table row or a whole code block. */
interface Unit {
  readonly text: string;
  readonly tokens: number;
  readonly blockIndex: number;
  readonly kind: Block['type'];
  readonly tableHead?: string;
}

/** Chunks one Markdown document whose title is `title`. */
export function chunkMarkdown(title: string, markdown: string, options: ChunkingOptions, page: number | null = null): ChunkDraft[] {
  const drafts: ChunkDraft[] = [];
  let ordinal = 0;
  splitSections(title, parseMarkdownBlocks(markdown)).forEach((section, sectionIndex) => {
    const units = section.blocks.flatMap((block, blockIndex) => toUnits(block, blockIndex, options.maxTokens));
    if (units.length === 0) return;
    const sectionPath = [title, ...section.path];
    const breadcrumb = sectionPath.join(' > ');
    packWindows(units, options).forEach((window, part) => {
      const key = `s${sectionIndex}.${part}`;
      const text = renderUnits(window);
      drafts.push({
        key,
        parentKey: null,
        kind: 'section',
        ordinal: ordinal++,
        breadcrumb,
        sectionPath,
        text,
        tokenCount: countTokens(text),
        page,
      });
      const byBlock = groupBy(window, (unit) => unit.blockIndex);
      if (byBlock.length < 2) return;
      byBlock.forEach((blockUnits, childIndex) => {
        const childText = renderUnits(blockUnits);
        const tokenCount = countTokens(childText);
        if (tokenCount < (options.minChildTokens ?? 6)) return;
        drafts.push({
          key: `${key}.p${childIndex}`,
          parentKey: key,
          kind: 'paragraph',
          ordinal: ordinal++,
          breadcrumb,
          sectionPath,
          text: childText,
          tokenCount,
          page,
        });
      });
    });
  });
  return drafts;
}

function splitSections(title: string, blocks: readonly Block[]): Section[] {
  const sections: Section[] = [{ path: [], blocks: [] }];
  let h2: string | null = null;
  for (const block of blocks) {
    if (block.type === 'heading' && block.level === 1 && sections.length === 1 && sections[0]!.blocks.length === 0) {
      if (normalise(block.text) === normalise(title)) continue;
    }
    if (block.type === 'heading' && block.level <= 3) {
      if (block.level <= 2) h2 = block.text;
      const path = block.level <= 2 ? [block.text] : h2 ? [h2, block.text] : [block.text];
      sections.push({ path, blocks: [] });
      continue;
    }
    sections[sections.length - 1]!.blocks.push(block);
  }
  return sections.filter((section) => section.blocks.length > 0);
}

function toUnits(block: Block, blockIndex: number, maxTokens: number): Unit[] {
  const unit = (text: string, extra: Partial<Unit> = {}): Unit => ({
    text,
    tokens: countTokens(text),
    blockIndex,
    kind: block.type,
    ...extra,
  });
  switch (block.type) {
    case 'paragraph':
      return countTokens(block.text) <= maxTokens ? [unit(block.text)] : splitSentences(block.text).map((sentence) => unit(sentence));
    case 'list':
      return block.items.map((item) => unit(item));
    case 'table': {
      const tableHead = `${block.header}\n${block.separator}`;
      return block.rows.map((row) => ({ ...unit(row), tokens: countTokens(row) + countTokens(tableHead) / 4, tableHead }));
    }
    case 'code':
    case 'heading':
      return [unit(renderBlock(block))];
  }
}

/** Packs units into windows of at most maxTokens, each starting with the previous window's tail. */
function packWindows(units: readonly Unit[], options: ChunkingOptions): Unit[][] {
  const windows: Unit[][] = [];
  let current: Unit[] = [];
  let tokens = 0;
  let fresh = 0; // units in `current` that are not overlap from the previous window
  for (const unit of units) {
    if (fresh > 0 && tokens + unit.tokens > options.maxTokens) {
      windows.push(current);
      current = overlapTail(current, options.overlapTokens, options.maxTokens - unit.tokens);
      tokens = current.reduce((sum, u) => sum + u.tokens, 0);
      fresh = 0;
    }
    current.push(unit);
    tokens += unit.tokens;
    fresh += 1;
  }
  if (fresh > 0) windows.push(current);
  return windows;
}

function overlapTail(window: readonly Unit[], overlapTokens: number, room: number): Unit[] {
  const tail: Unit[] = [];
  let tokens = 0;
  for (let i = window.length - 1; i >= 0; i -= 1) {
    const unit = window[i]!;
    if (unit.kind === 'code' || tokens + unit.tokens > Math.min(overlapTokens, room)) break;
    tail.unshift(unit);
    tokens += unit.tokens;
  }
  return tail;
}

/** Renders units back to Markdown, regrouping rows of one table under its header. */
function renderUnits(units: readonly Unit[]): string {
  return groupBy(units, (unit) => unit.blockIndex)
    .map((group) => {
      const first = group[0]!;
      if (first.tableHead) return [first.tableHead, ...group.map((u) => u.text)].join('\n');
      return group.map((u) => u.text).join(first.kind === 'list' ? '\n' : ' ');
    })
    .join('\n\n');
}

/** Groups consecutive items with the same key. */
function groupBy<T>(items: readonly T[], key: (item: T) => number): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && key(last[0]!) === key(item)) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}
