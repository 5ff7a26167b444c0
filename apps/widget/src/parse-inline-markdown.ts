/**
 * Parses the inline Markdown of an answer (bold, emphasis, `code`, links, bare URLs, `[n]` citation markers, line
 * breaks) into a neutral tree. Everything else stays text: rendering builds DOM nodes from this tree and never
 * hands server text to an HTML parser.
 */
export type InlineNode =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong'; readonly children: readonly InlineNode[] }
  | { readonly kind: 'emphasis'; readonly children: readonly InlineNode[] }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly InlineNode[] }
  | { readonly kind: 'citation'; readonly index: number }
  | { readonly kind: 'break' };

interface Token {
  readonly nodes: readonly InlineNode[];
  readonly end: number;
}

// Sticky patterns, tried at one position each. No lookbehind: Safari before 16.4 cannot parse it.
const escaped = /\\([\\`*_[\]()#+\-.!<>])/y;
const codeSpan = /(`+)([\s\S]*?[^`])\1(?!`)/y;
const strong = /(\*\*|__)(\S(?:[\s\S]*?\S)?)\1/y;
const emphasis = /\*(\S(?:[^*]*?\S)?)\*/y;
const link = /\[([^\]\n]+)\]\(\s*<?([^\s()<>]+)>?\s*\)/y;
const citations = /\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/y;
const angleUrl = /<(https?:\/\/[^\s<>]+)>/y;
const bareUrl = /https?:\/\/[^\s<>"]+/y;

/** An href the widget may link to: http(s) and mailto only, never `javascript:` or `data:`. */
export function safeHref(href: string): string | null {
  if (!/^(?:https?:\/\/|mailto:)/i.test(href)) return null;
  try {
    return new URL(href).href;
  } catch {
    return null;
  }
}

export function parseInlineMarkdown(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let plain = '';
  let at = 0;
  while (at < text.length) {
    const token = tokenAt(text, at);
    if (token) {
      if (plain) nodes.push({ kind: 'text', text: plain });
      plain = '';
      nodes.push(...token.nodes);
      at = token.end;
    } else {
      plain += text[at];
      at += 1;
    }
  }
  if (plain) nodes.push({ kind: 'text', text: plain });
  return mergeText(nodes);
}

function tokenAt(text: string, at: number): Token | null {
  const character = text[at];
  if (character === '\n') return { nodes: [{ kind: 'break' }], end: at + 1 };
  if (character === '\\') return match(escaped, text, at, (m) => [{ kind: 'text', text: m[1]! }]);
  if (character === '`') return match(codeSpan, text, at, (m) => [{ kind: 'code', text: trimCode(m[2]!) }]);
  if (character === '*' || character === '_') {
    return (
      match(strong, text, at, (m) => [{ kind: 'strong', children: parseInlineMarkdown(m[2]!) }]) ??
      (character === '*' ? match(emphasis, text, at, (m) => [{ kind: 'emphasis', children: parseInlineMarkdown(m[1]!) }]) : null)
    );
  }
  if (character === '[') {
    return (
      match(link, text, at, (m) => {
        const href = safeHref(m[2]!);
        const children = parseInlineMarkdown(m[1]!);
        return href ? [{ kind: 'link', href, children }] : children;
      }) ?? match(citations, text, at, (m) => m[1]!.split(',').map((index) => ({ kind: 'citation', index: Number(index.trim()) })))
    );
  }
  if (character === '<') return match(angleUrl, text, at, (m) => urlNodes(m[1]!));
  if (character === 'h' && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) return bareUrlAt(text, at);
  return null;
}

function match(pattern: RegExp, text: string, at: number, build: (m: RegExpExecArray) => InlineNode[]): Token | null {
  pattern.lastIndex = at;
  const found = pattern.exec(text);
  return found ? { nodes: build(found), end: at + found[0].length } : null;
}

/** A bare URL, without the punctuation that ends its sentence ("see https://x.test/a." links to /a). */
function bareUrlAt(text: string, at: number): Token | null {
  bareUrl.lastIndex = at;
  let url = bareUrl.exec(text)?.[0];
  if (!url) return null;
  for (;;) {
    const last = url[url.length - 1] ?? '';
    const unbalanced = last === ')' && count(url, '(') < count(url, ')');
    if (!unbalanced && !/[.,;:!?'*\]]/.test(last)) break;
    url = url.slice(0, -1);
  }
  return { nodes: urlNodes(url), end: at + url.length };
}

function urlNodes(url: string): InlineNode[] {
  const href = safeHref(url);
  return [href ? { kind: 'link', href, children: [{ kind: 'text', text: url }] } : { kind: 'text', text: url }];
}

const count = (text: string, character: string): number => text.split(character).length - 1;

/** CommonMark strips one space on each side of a code span that has both. */
function trimCode(code: string): string {
  return code.length > 2 && code.startsWith(' ') && code.endsWith(' ') ? code.slice(1, -1) : code;
}

/** Adjacent text nodes joined, so "a\*b" is one text node. */
function mergeText(nodes: InlineNode[]): InlineNode[] {
  const merged: InlineNode[] = [];
  for (const node of nodes) {
    const previous = merged[merged.length - 1];
    if (node.kind === 'text' && previous?.kind === 'text') merged[merged.length - 1] = { kind: 'text', text: previous.text + node.text };
    else merged.push(node);
  }
  return merged;
}
