/**
 * Turns an answer's Markdown and citations into DOM nodes: paragraphs, lists, code, links, and each `[n]` marker as a
 * small link to its source (or the source's title when it has no URL). Server text only ever becomes text nodes.
 */
import { fillLabel } from './choose-labels.js';
import type { Citation } from './conversation-types.js';
import { element } from './dom.js';
import type { Labels } from './labels.js';
import { parseAnswerMarkdown, type BlockNode } from './parse-answer-markdown.js';
import { safeHref, type InlineNode } from './parse-inline-markdown.js';

/** Links leave the page in a new tab, and the page they open learns nothing of this one. */
const outside = { target: '_blank', rel: 'noopener noreferrer' } as const;

export function renderAnswer(markdown: string, citations: readonly Citation[], labels: Labels): DocumentFragment {
  const byIndex = new Map(citations.map((citation) => [citation.index, citation]));
  const inline = (nodes: readonly InlineNode[]): Node[] => nodes.map((node) => renderInline(node, byIndex, labels));
  const fragment = document.createDocumentFragment();
  fragment.append(...parseAnswerMarkdown(markdown).map((block) => renderBlock(block, inline)));
  return fragment;
}

/** "Sources" under an answer: each cited title (and section), linked when the source has a URL. */
export function renderSources(citations: readonly Citation[], labels: Labels): HTMLElement | null {
  const unique = [...new Map(citations.map((citation) => [citation.index, citation])).values()].sort((a, b) => a.index - b.index);
  if (unique.length === 0) return null;
  const items = unique.map((citation) => {
    const name = citation.section ? `${citation.title} › ${citation.section}` : citation.title;
    const href = citation.url ? safeHref(citation.url) : null;
    return element(
      'li',
      { class: 'sb-source' },
      `[${citation.index}] `,
      href ? element('a', { class: 'sb-cite', href, ...outside }, name) : element('span', {}, name),
    );
  });
  return element('div', { class: 'sb-sources' }, element('p', { class: 'sb-sources-title' }, labels.sources), element('ul', {}, ...items));
}

function renderBlock(block: BlockNode, inline: (nodes: readonly InlineNode[]) => Node[]): Node {
  switch (block.kind) {
    case 'paragraph':
      return element('p', {}, ...inline(block.children));
    case 'heading':
      return element('p', {}, element('strong', {}, ...inline(block.children)));
    case 'code':
      return element('pre', {}, element('code', {}, block.text));
    case 'list': {
      const items = block.items.map((item) => element('li', {}, ...inline(item)));
      return block.ordered ? element('ol', block.start === 1 ? {} : { start: String(block.start) }, ...items) : element('ul', {}, ...items);
    }
  }
}

function renderInline(node: InlineNode, citations: ReadonlyMap<number, Citation>, labels: Labels): Node {
  const children = (nodes: readonly InlineNode[]): Node[] => nodes.map((child) => renderInline(child, citations, labels));
  switch (node.kind) {
    case 'text':
      return document.createTextNode(node.text);
    case 'break':
      return element('br');
    case 'code':
      return element('code', {}, node.text);
    case 'strong':
      return element('strong', {}, ...children(node.children));
    case 'emphasis':
      return element('em', {}, ...children(node.children));
    case 'link':
      return element('a', { href: node.href, ...outside }, ...children(node.children));
    case 'citation':
      return citationMarker(node.index, citations.get(node.index), labels);
  }
}

/** `[n]`: a link to the source when it has a URL; otherwise the marker, its title shown on hover; unknown n stays text. */
function citationMarker(index: number, citation: Citation | undefined, labels: Labels): Node {
  const marker = `[${index}]`;
  if (!citation) return document.createTextNode(marker);
  const name = fillLabel(labels.sourceLink, { n: index, title: citation.title });
  const href = citation.url ? safeHref(citation.url) : null;
  if (href) return element('a', { class: 'sb-cite sb-cite-marker', href, 'aria-label': name, title: name, ...outside }, marker);
  return element('span', { class: 'sb-cite-marker', title: name }, marker);
}
