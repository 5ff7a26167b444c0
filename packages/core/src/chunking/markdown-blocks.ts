/** Splits Markdown into blocks (headings, paragraphs, lists, tables, code) without a full parser. */

export type Block =
  | { readonly type: 'heading'; readonly level: number; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'list'; readonly items: readonly string[] }
  | { readonly type: 'table'; readonly header: string; readonly separator: string; readonly rows: readonly string[] }
  | { readonly type: 'code'; readonly text: string };

const fencePattern = /^\s{0,3}(```+|~~~+)/;
const headingPattern = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const listItemPattern = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+/;
const tableSeparatorPattern = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Parses Markdown text into blocks in source order. */
export function parseMarkdownBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];

  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join(' ').trim() });
    if (list.length > 0) blocks.push({ type: 'list', items: list });
    paragraph = [];
    list = [];
  };

  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const fence = fencePattern.exec(line);
    if (fence) {
      flush();
      const marker = fence[1]!;
      const body = [line];
      i += 1;
      while (i < lines.length && !lines[i]!.trimStart().startsWith(marker)) body.push(lines[i++]!);
      body.push(marker);
      blocks.push({ type: 'code', text: body.join('\n') });
      continue;
    }
    const heading = headingPattern.exec(line);
    if (heading) {
      flush();
      blocks.push({ type: 'heading', level: heading[1]!.length, text: heading[2]! });
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && tableSeparatorPattern.test(lines[i + 1]!) && lines[i + 1]!.includes('-')) {
      flush();
      const rows: string[] = [];
      let j = i + 2;
      while (j < lines.length && lines[j]!.includes('|') && lines[j]!.trim() !== '') rows.push(lines[j++]!.trim());
      blocks.push({ type: 'table', header: line.trim(), separator: lines[i + 1]!.trim(), rows });
      i = j - 1;
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (listItemPattern.test(line)) {
      if (paragraph.length > 0) flush();
      list.push(line.trim());
      continue;
    }
    if (list.length > 0 && /^\s+\S/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (list.length > 0) flush();
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** Markdown text of a block, as stored in a chunk. */
export function renderBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${block.text}`;
    case 'paragraph':
    case 'code':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'table':
      return [block.header, block.separator, ...block.rows].join('\n');
  }
}
