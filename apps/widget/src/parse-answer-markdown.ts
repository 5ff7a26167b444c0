/**
 * Parses an answer's Markdown into neutral blocks: paragraphs, numbered and bullet lists (a list keeps its first
 * number, since the server quotes procedures that start mid-way), fenced code, headings. The server's answers put
 * one `[n]` marker at the end of each paragraph or list (core/answer/render-grounded.ts).
 */
import { parseInlineMarkdown, type InlineNode } from './parse-inline-markdown.js';

export type BlockNode =
  | { readonly kind: 'paragraph'; readonly children: readonly InlineNode[] }
  | { readonly kind: 'heading'; readonly children: readonly InlineNode[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly start: number; readonly items: readonly (readonly InlineNode[])[] }
  | { readonly kind: 'code'; readonly text: string };

const fence = /^\s{0,3}(`{3,}|~{3,})/;
const orderedItem = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const bulletItem = /^\s{0,3}[-*+]\s+(.*)$/;
const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;

export function parseAnswerMarkdown(markdown: string): BlockNode[] {
  const blocks: BlockNode[] = [];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  // What is being gathered; an object, since the closures below end it.
  const open: { paragraph: string[]; list: { ordered: boolean; start: number; items: string[] } | null } = { paragraph: [], list: null };
  const endParagraph = (): void => {
    if (open.paragraph.length > 0) blocks.push({ kind: 'paragraph', children: parseInlineMarkdown(open.paragraph.join('\n')) });
    open.paragraph = [];
  };
  const endList = (): void => {
    const { list } = open;
    if (list)
      blocks.push({ kind: 'list', ordered: list.ordered, start: list.start, items: list.items.map((item) => parseInlineMarkdown(item)) });
    open.list = null;
  };
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at]!;
    const opening = fence.exec(line)?.[1];
    if (opening) {
      endParagraph();
      endList();
      const code: string[] = [];
      // An unclosed fence runs to the end, as in CommonMark.
      for (at += 1; at < lines.length && !lines[at]!.trim().startsWith(opening); at += 1) code.push(lines[at]!);
      blocks.push({ kind: 'code', text: code.join('\n') });
      continue;
    }
    if (line.trim() === '') {
      endParagraph();
      endList();
      continue;
    }
    const ordered = orderedItem.exec(line);
    const bullet = ordered ? null : bulletItem.exec(line);
    if (ordered || bullet) {
      endParagraph();
      const isOrdered = ordered !== null;
      if (open.list?.ordered !== isOrdered) endList();
      open.list ??= { ordered: isOrdered, start: ordered ? Number(ordered[1]) : 1, items: [] };
      open.list.items.push(ordered ? ordered[2]! : bullet![1]!);
      continue;
    }
    if (open.list && /^\s/.test(line)) {
      // An indented line continues the item above it.
      open.list.items[open.list.items.length - 1] += `\n${line.trim()}`;
      continue;
    }
    endList();
    const title = heading.exec(line);
    if (title) {
      endParagraph();
      blocks.push({ kind: 'heading', children: parseInlineMarkdown(title[1]!) });
      continue;
    }
    open.paragraph.push(line);
  }
  endParagraph();
  endList();
  return blocks;
}
