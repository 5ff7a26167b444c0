/** Zendesk Help Center articles export ({articles, sections, categories}): one document per published article. */
import { parse } from 'node-html-parser';
import { htmlToMarkdown } from '../html-to-markdown.js';
import { asArray, asId, asObject, asString, optionalBoolean, optionalId, optionalString, optionalStrings } from '../json-shape.js';
import type { ParsedEntry } from '../parsed-document.js';

/**
 * The title carries the breadcrumb "Category > Section > Title", so every chunk's breadcrumb starts with
 * where the article lives in the help center. Drafts are skipped: they are not published answers.
 */
export function readZendeskArticles(json: unknown): ParsedEntry[] {
  const root = asObject(json, '$');
  const sections = new Map<string, { name: string; categoryId: string | null; parentId: string | null }>();
  for (const [i, value] of asArray(root.sections ?? [], '$.sections').entries()) {
    const section = asObject(value, `$.sections[${i}]`);
    sections.set(asId(section.id, `$.sections[${i}].id`), {
      name: asString(section.name, `$.sections[${i}].name`),
      categoryId: optionalId(section.category_id, `$.sections[${i}].category_id`),
      parentId: optionalId(section.parent_section_id, `$.sections[${i}].parent_section_id`),
    });
  }
  const categories = new Map<string, string>();
  for (const [i, value] of asArray(root.categories ?? [], '$.categories').entries()) {
    const category = asObject(value, `$.categories[${i}]`);
    categories.set(asId(category.id, `$.categories[${i}].id`), asString(category.name, `$.categories[${i}].name`));
  }
  const sectionTrail = (sectionId: string | null): string[] => {
    const trail: string[] = [];
    let categoryId: string | null = null;
    // Sections may nest (parent_section_id); the guard stops a cycle in a hand-edited export.
    for (let id = sectionId, depth = 0; id !== null && depth < 10; depth += 1) {
      const section = sections.get(id);
      if (!section) break;
      trail.unshift(section.name);
      categoryId = section.categoryId;
      id = section.parentId;
    }
    const category = categoryId === null ? undefined : categories.get(categoryId);
    return category ? [category, ...trail] : trail;
  };

  const entries: ParsedEntry[] = [];
  for (const [i, value] of asArray(root.articles, '$.articles').entries()) {
    const at = `$.articles[${i}]`;
    const article = asObject(value, at);
    const id = asId(article.id, `${at}.id`);
    const title = asString(article.title, `${at}.title`);
    const body = optionalString(article.body, `${at}.body`) ?? '';
    const locale = optionalString(article.locale, `${at}.locale`);
    const updatedAt = optionalString(article.updated_at, `${at}.updated_at`) ?? optionalString(article.edited_at, `${at}.edited_at`);
    const tags = optionalStrings(article.label_names, `${at}.label_names`);
    const url = optionalString(article.html_url, `${at}.html_url`);
    if (optionalBoolean(article.draft, `${at}.draft`) === true) continue;
    const trail = sectionTrail(optionalId(article.section_id, `${at}.section_id`));
    entries.push({
      key: locale ? `${id}-${locale}` : id,
      document: {
        title: [...trail, title].join(' > '),
        parts: [{ markdown: htmlToMarkdown(parse(`<body>${body}</body>`)), page: null }],
        url,
        updatedAt: updatedAt ? updatedAt.slice(0, 10) : null,
        tags,
        audience: null,
        docType: 'article',
        metadata: { articleId: id, locale, sectionPath: trail },
      },
    });
  }
  return entries;
}
