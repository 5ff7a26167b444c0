/**
 * Whether a document says of itself that it is no longer current: "old", "deprecated", "archived", "superseded"…
 * in its path, title, tags or content type, or a `superseded_by` naming the document that replaces it. Such a page
 * keeps answering questions about itself, but loses to a current one on the same topic (a retired price list must
 * not answer a question about today's prices).
 */
import type { KnowledgeDocument } from '@switchboard/spec';

const staleWord = String.raw`(?:old|deprecated|archived?|legacy|superseded|outdated|retired|obsolete)`;
// A path segment or a word of a file name: "plans/old-team-plan-pricing.md", "archive/2021/…", "pricing_legacy.md".
const stalePath = new RegExp(String.raw`(?:^|[/_.\-])${staleWord}(?=[/_.\-]|$)`, 'i');
// A title that says so: "Team plan pricing (old)", "[Archived] Refund policy", "Deprecated: API v1".
const staleTitle = new RegExp(
  String.raw`[([]\s*${staleWord}\s*[)\]]|^\s*${staleWord}\s*[:\-–]|^\s*(?:deprecated|archived|superseded|obsolete|legacy)\b|\bno longer (?:valid|current|applies)\b`,
  'i',
);
const staleLabel = new RegExp(String.raw`^${staleWord}$`, 'i');

/** The reason a document counts as stale (`superseded`, `path`, `title`, `tag` or `type`), or null for a current one. */
export function staleMarker(document: Pick<KnowledgeDocument, 'path' | 'title' | 'tags' | 'docType' | 'supersededBy'>): string | null {
  if (document.supersededBy && !samePath(document.supersededBy, document.path)) return 'superseded';
  if (stalePath.test(document.path)) return 'path';
  if (staleTitle.test(document.title)) return 'title';
  if (document.tags.some((tag) => staleLabel.test(tag))) return 'tag';
  if (document.docType && staleLabel.test(document.docType)) return 'type';
  return null;
}

/** A document naming itself as its replacement (a copy-paste slip, whole or relative to its folder) is not superseded. */
function samePath(reference: string, path: string): boolean {
  const bare = (value: string): string =>
    value
      .trim()
      .replace(/^(?:\.\/)+/, '')
      .replace(/[#?].*$/, '');
  const [target, own] = [bare(reference), bare(path)];
  return target === own || own.endsWith(`/${target}`);
}
