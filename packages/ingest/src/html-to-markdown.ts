/** Converts an HTML body to the Markdown subset the chunker understands: headings, paragraphs, lists, tables, code. */
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';

const skipped = new Set(['script', 'style', 'nav', 'header', 'footer', 'noscript', 'template', 'svg', 'form', 'button', 'iframe']);
const blockTags = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'blockquote',
  'figure',
  'figcaption',
  'dl',
  'dd',
  'dt',
  'body',
  'html',
]);

export function htmlToMarkdown(root: HTMLElement): string {
  const out: string[] = [];
  convertChildren(root, out);
  return out
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function convertChildren(element: HTMLElement, out: string[]): void {
  let inline = '';
  const flushInline = (): void => {
    const text = inline.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    inline = '';
  };
  for (const child of element.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) {
      inline += decode(child);
      continue;
    }
    if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
    const el = child as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (skipped.has(tag)) continue;
    if (/^h[1-6]$/.test(tag)) {
      flushInline();
      const text = inlineText(el);
      if (text) out.push(`${'#'.repeat(Number(tag[1]))} ${text}`);
    } else if (tag === 'ul' || tag === 'ol') {
      flushInline();
      const items = el.childNodes.filter(
        (n): n is HTMLElement => n.nodeType === NodeType.ELEMENT_NODE && (n as HTMLElement).rawTagName?.toLowerCase() === 'li',
      );
      out.push(items.map((item, i) => `${tag === 'ol' ? `${i + 1}.` : '-'} ${inlineText(item)}`).join('\n'));
    } else if (tag === 'table') {
      flushInline();
      const table = tableToMarkdown(el);
      if (table) out.push(table);
    } else if (tag === 'pre') {
      flushInline();
      const language = /language-(\w+)/.exec(el.querySelector('code')?.getAttribute('class') ?? '')?.[1] ?? '';
      out.push(`\`\`\`${language}\n${el.text.replace(/\n$/, '')}\n\`\`\``);
    } else if (tag === 'br') {
      inline += ' ';
    } else if (blockTags.has(tag)) {
      flushInline();
      convertChildren(el, out);
    } else {
      inline += ` ${inlineText(el)} `;
    }
  }
  flushInline();
}

function inlineText(element: HTMLElement): string {
  return element.text.replace(/\s+/g, ' ').trim();
}

function decode(node: Node): string {
  return node.text;
}

function tableToMarkdown(table: HTMLElement): string | null {
  const rows = table
    .querySelectorAll('tr')
    .map((row) =>
      row.childNodes
        .filter((n): n is HTMLElement => n.nodeType === NodeType.ELEMENT_NODE && /^t[hd]$/i.test((n as HTMLElement).rawTagName ?? ''))
        .map((cell) => inlineText(cell).replace(/\|/g, '\\|')),
    );
  const nonEmpty = rows.filter((cells) => cells.length > 0);
  if (nonEmpty.length === 0) return null;
  const width = Math.max(...nonEmpty.map((cells) => cells.length));
  const pad = (cells: string[]): string => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
  const [header, ...body] = nonEmpty;
  return [pad(header!), `|${' --- |'.repeat(width)}`, ...body.map(pad)].join('\n');
}
