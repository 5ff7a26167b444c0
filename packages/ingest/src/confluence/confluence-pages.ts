/** Confluence Cloud REST content JSON (one page, or {results: […]}) → one document per page; attachments counted and skipped. */
import { asArray, asId, asObject, asString, optionalString } from '../json-shape.js';
import type { ParsedEntry } from '../parsed-document.js';
import { confluenceStorageToMarkdown } from './confluence-storage-to-markdown.js';

export function readConfluencePages(json: unknown): ParsedEntry[] {
  const root = asObject(json, '$');
  const isList = root.results !== undefined;
  const items = isList ? asArray(root.results, '$.results') : [root];
  const base = optionalString(isList ? asObject(root._links ?? {}, '$._links').base : undefined, '$._links.base');
  const entries: ParsedEntry[] = [];
  let attachments = 0;
  for (const [i, value] of items.entries()) {
    const at = isList ? `$.results[${i}]` : '$';
    const page = asObject(value, at);
    const type = optionalString(page.type, `${at}.type`) ?? 'page';
    if (type === 'attachment') {
      attachments += 1;
      continue;
    }
    const id = asId(page.id, `${at}.id`);
    const title = asString(page.title, `${at}.title`);
    const body = asObject(asObject(page.body, `${at}.body`).storage, `${at}.body.storage`);
    const storage = asString(body.value, `${at}.body.storage.value`);
    const space = page.space === undefined ? null : asObject(page.space, `${at}.space`);
    const spaceName = space ? (optionalString(space.name, `${at}.space.name`) ?? optionalString(space.key, `${at}.space.key`)) : null;
    const ancestors = asArray(page.ancestors ?? [], `${at}.ancestors`).map((ancestor, k) =>
      asString(asObject(ancestor, `${at}.ancestors[${k}]`).title, `${at}.ancestors[${k}].title`),
    );
    const version = page.version === undefined ? null : asObject(page.version, `${at}.version`);
    const when = version ? optionalString(version.when, `${at}.version.when`) : null;
    const links = page._links === undefined ? null : asObject(page._links, `${at}._links`);
    const webui = links ? optionalString(links.webui, `${at}._links.webui`) : null;
    const pageBase = links ? (optionalString(links.base, `${at}._links.base`) ?? base) : base;
    const labels = readLabels(page.metadata, `${at}.metadata`);
    const children = page.children === undefined ? null : asObject(page.children, `${at}.children`);
    const attached = children?.attachment === undefined ? 0 : attachmentCount(children.attachment, `${at}.children.attachment`);
    attachments += attached;
    const trail = [...(spaceName ? [spaceName] : []), ...ancestors];
    entries.push({
      key: id,
      document: {
        title: [...trail, title].join(' > '),
        parts: [{ markdown: confluenceStorageToMarkdown(storage), page: null }],
        url: webui ? `${pageBase ?? ''}${webui}` : null,
        updatedAt: when ? when.slice(0, 10) : null,
        tags: labels,
        audience: null,
        docType: type,
        metadata: { pageId: id, sectionPath: trail, attachmentsSkipped: attached },
      },
    });
  }
  // Attachments listed beside pages in a results list are reported on the first page read from the file.
  const first = entries[0];
  if (first && attachments > 0) {
    entries[0] = {
      ...first,
      document: { ...first.document, metadata: { ...first.document.metadata, attachmentsSkippedInFile: attachments } },
    };
  }
  return entries;
}

function readLabels(metadata: unknown, at: string): string[] {
  if (metadata === undefined) return [];
  const labels = asObject(metadata, at).labels;
  if (labels === undefined) return [];
  return asArray(asObject(labels, `${at}.labels`).results ?? [], `${at}.labels.results`).map((label, i) =>
    asString(asObject(label, `${at}.labels.results[${i}]`).name, `${at}.labels.results[${i}].name`),
  );
}

function attachmentCount(value: unknown, at: string): number {
  const attachment = asObject(value, at);
  if (typeof attachment.size === 'number') return attachment.size;
  return attachment.results === undefined ? 0 : asArray(attachment.results, `${at}.results`).length;
}
