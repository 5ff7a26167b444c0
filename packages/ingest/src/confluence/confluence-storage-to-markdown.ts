/** Converts Confluence storage format (XHTML with ac:/ri: macros) to Markdown through our HTML conversion. */
import { parse, NodeType, type HTMLElement } from 'node-html-parser';
import { htmlToMarkdown } from '../html-to-markdown.js';

const panelLabels: Record<string, string> = { info: 'Info', note: 'Note', warning: 'Warning', tip: 'Tip', panel: '' };

export function confluenceStorageToMarkdown(storage: string): string {
  // CDATA (code macro bodies) is not HTML; turn it into escaped text before parsing.
  const html = storage.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) => escapeHtml(text));
  const root = parse(`<body>${html}</body>`, { blockTextElements: { pre: true } });
  // Code blocks go through as placeholders: the HTML conversion would flatten their line breaks.
  const code: string[] = [];
  // Innermost macros first, so an expand holding a code block sees the code already converted.
  for (const element of descendants(root).reverse()) replaceConfluenceElement(element, code);
  return htmlToMarkdown(root).replace(/^CONFLUENCECODEBLOCK(\d+)$/gm, (_, index: string) => code[Number(index)] ?? '');
}

function replaceConfluenceElement(element: HTMLElement, code: string[]): void {
  const tag = element.rawTagName?.toLowerCase() ?? '';
  if (tag === 'ac:structured-macro' || tag === 'ac:macro') {
    const name = element.getAttribute('ac:name') ?? '';
    const parameter = (key: string): string =>
      childElements(element)
        .find((child) => child.rawTagName === 'ac:parameter' && child.getAttribute('ac:name') === key)
        ?.text.trim() ?? '';
    const body = childElements(element).find((child) => child.rawTagName === 'ac:rich-text-body');
    const plain = childElements(element).find((child) => child.rawTagName === 'ac:plain-text-body');
    if (name === 'code' || name === 'noformat') {
      code.push(`\`\`\`${parameter('language')}\n${(plain?.text ?? '').replace(/\n$/, '')}\n\`\`\``);
      element.replaceWith(`<p>CONFLUENCECODEBLOCK${code.length - 1}</p>`);
    } else if (name in panelLabels) {
      const label = panelLabels[name] || parameter('title');
      const title = parameter('title');
      const heading = [label, label === title ? '' : title].filter(Boolean).join(': ');
      element.replaceWith(`<div>${prefixFirstParagraph(heading ? `${escapeHtml(heading)}: ` : '', body?.innerHTML ?? '')}</div>`);
    } else if (name === 'expand') {
      const title = parameter('title') || 'Details';
      element.replaceWith(`<div>${prefixFirstParagraph(`${escapeHtml(title)}: `, body?.innerHTML ?? '')}</div>`);
    } else {
      // Unknown macros (toc, jira, children…) render nothing of their own; their rich body is still content.
      element.replaceWith(body ? `<div>${body.innerHTML}</div>` : '');
    }
  } else if (tag === 'ac:link') {
    const text = childElements(element).find(
      (child) => child.rawTagName === 'ac:plain-text-link-body' || child.rawTagName === 'ac:link-body',
    )?.text;
    const target = childElements(element).find((child) => child.rawTagName?.startsWith('ri:'));
    element.replaceWith(escapeHtml(text?.trim() || target?.getAttribute('ri:content-title') || target?.getAttribute('ri:filename') || ''));
  } else if (tag === 'ac:image' || tag === 'ac:emoticon' || tag === 'ac:placeholder') {
    element.replaceWith('');
  } else if (tag === 'ac:task-list') {
    const items = childElements(element).filter((child) => child.rawTagName === 'ac:task');
    element.replaceWith(
      `<ul>${items
        .map(
          (item) =>
            `<li>${escapeHtml(
              childElements(item)
                .find((c) => c.rawTagName === 'ac:task-body')
                ?.text.trim() ?? '',
            )}</li>`,
        )
        .join('')}</ul>`,
    );
  }
}

/** "Warning: " goes in front of the panel's first paragraph, so the label stays with the text it qualifies. */
function prefixFirstParagraph(prefix: string, html: string): string {
  if (!prefix) return html;
  return /^\s*<p>/.test(html) ? html.replace(/^\s*<p>/, `<p>${prefix}`) : `<p>${prefix.trim()}</p>${html}`;
}

function descendants(element: HTMLElement): HTMLElement[] {
  return childElements(element).flatMap((child) => [child, ...descendants(child)]);
}

function childElements(element: HTMLElement): HTMLElement[] {
  return element.childNodes.filter((node): node is HTMLElement => node.nodeType === NodeType.ELEMENT_NODE);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
