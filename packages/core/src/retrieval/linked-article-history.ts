/**
 * Past customer questions from documents that link the article that answered them (resolved Zendesk tickets'
 * `linkedArticles`), paired with that stored article: the history index and the "asked as" field learn them like rows
 * of data/history.jsonl.
 */
import type { KnowledgeDocument } from '@switchboard/spec';
import type { ResolvedQuestion } from './history-index.js';

/**
 * A link matches the document with the same URL, else the help-center article with the same id on the same host
 * (agents link other locales and slugs: `…/hc/en-us/articles/360001111111-Reset` is `…/hc/articles/360001111111`).
 * Links to articles that are not stored are left out.
 */
export function linkedArticleHistory(documents: readonly KnowledgeDocument[]): ResolvedQuestion[] {
  const byUrl = new Map<string, string>();
  const byArticle = new Map<string, string>();
  for (const document of documents) {
    if (!document.url) continue;
    byUrl.set(document.url, document.id);
    const article = articleKey(document.url);
    if (article && !byArticle.has(article)) byArticle.set(article, document.id);
  }
  return documents.flatMap((document) =>
    (document.linkedArticles ?? []).flatMap(({ question, url }) => {
      const article = articleKey(url);
      const documentId = byUrl.get(url) ?? (article ? byArticle.get(article) : undefined);
      return documentId === undefined || documentId === document.id ? [] : [{ question, documentId }];
    }),
  );
}

/** `host/articles/id` of a help-center article URL, or null for any other URL; links in any locale or slug share it. */
export function articleKey(url: string): string | null {
  const match = /^https?:\/\/([^/?#]+)\/hc\/(?:[\w-]+\/)?articles\/(\d+)/i.exec(url);
  return match ? `${match[1]!.toLowerCase()}/articles/${match[2]}` : null;
}
