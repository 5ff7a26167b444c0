/** Renders a Markdown answer as plain text for channels that cannot show Markdown, with its sources listed once below. */
import type { Citation } from '@switchboard/spec';

/**
 * The answer's Markdown without its markup — bold, italics, code backticks, heading marks and link syntax go, link
 * text stays — keeping numbered steps ("1. "), bullets ("- "), `[n]` markers, UI paths and amounts exactly, followed
 * by a blank line and "Sources:" with one line per citation. An answer without citations gets no Sources block.
 */
export function renderPlainText(text: string, citations: readonly Citation[]): string {
  const body = plainBody(text);
  const sources = sourcesFooter(citations, 'plain');
  return sources ? `${body}\n\n${sources}` : body;
}

/**
 * "Sources:" and one line per citation, each index once and in index order, or '' without citations.
 * 'markdown': `[1] [Title — Section](url)`, linked only when there is a url. 'plain': `[1] Title — Section (url or path)`.
 */
export function sourcesFooter(citations: readonly Citation[], format: 'markdown' | 'plain' = 'markdown'): string {
  const byIndex = new Map<number, Citation>();
  for (const citation of citations) if (!byIndex.has(citation.index)) byIndex.set(citation.index, citation);
  if (byIndex.size === 0) return '';
  const lines = [...byIndex.values()]
    .sort((a, b) => a.index - b.index)
    .map((citation) => `[${citation.index}] ${format === 'plain' ? plainSource(citation) : markdownSource(citation)}`);
  return ['Sources:', ...lines].join('\n');
}

function sourceName(citation: Citation): string {
  return citation.section ? `${citation.title} — ${citation.section}` : citation.title;
}

function plainSource(citation: Citation): string {
  const page = citation.page === null ? '' : `, p. ${citation.page}`;
  return `${sourceName(citation)} (${citation.url ?? citation.path}${page})`;
}

function markdownSource(citation: Citation): string {
  const name = escapeMarkdown(sourceName(citation));
  const url = citation.url?.replace(/[()\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return url ? `[${name}](${url})` : name;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]]/g, '\\$&');
}

const fence = /^\s{0,3}(```|~~~)/;
const tableDivider = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/;
const rule = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

function plainBody(markdown: string): string {
  const lines: string[] = [];
  let inFence: string | null = null;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const opened = fence.exec(line)?.[1];
    if (inFence) {
      // Code is shown exactly as written; only its fences go.
      if (opened === inFence) inFence = null;
      else lines.push(line.trimEnd());
      continue;
    }
    if (opened) {
      inFence = opened;
      continue;
    }
    if (rule.test(line) || tableDivider.test(line)) continue;
    lines.push(plainLine(line));
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line outside code blocks: block marks first (headings, quotes, list markers, table pipes), then inline markup. */
function plainLine(line: string): string {
  let text = line.replace(/^(\s{0,3}>\s?)+/, '');
  const heading = /^\s{0,3}#{1,6}\s+(.*?)(\s+#+)?\s*$/.exec(text);
  if (heading) text = heading[1]!;
  text = text.replace(/^(\s*)[*+-]\s+(\[[ xX]\]\s+)?/, '$1- ').replace(/^(\s*)(\d+)[.)]\s+/, '$1$2. ');
  if (/^\s*\|.*\|\s*$/.test(text))
    text = text
      .trim()
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim())
      .join(' | ');
  return plainInline(text).replace(/\\$/, '').trimEnd();
}

/**
 * Inline markup. Code spans (content exactly, without backticks), escaped characters and bare URLs are set aside
 * before emphasis is read, so `**kwargs`, `\*` and `https://x.com/_a_` survive, and restored after.
 */
function plainInline(line: string): string {
  const kept: string[] = [];
  const keep = (value: string): string => `\ue000${kept.push(value) - 1}\ue001`;
  return line
    .replace(/(`+)(.+?)\1/g, (_, _ticks: string, content: string) => keep(/^ .*\S.* $/.test(content) ? content.slice(1, -1) : content))
    .replace(/\\([!-/:-@[-`{-~])/g, (_, char: string) => keep(char))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^()\s]*(?:\([^()]*\)[^()\s]*)*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, (_, url: string) => keep(url))
    .replace(/\bhttps?:\/\/[^\s<>()*]+/g, keep)
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
    .replace(/(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)/g, '$1')
    .replace(/(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])/g, '$1')
    .replace(/(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\ue000(\d+)\ue001/g, (_, i: string) => kept[Number(i)]!);
}
