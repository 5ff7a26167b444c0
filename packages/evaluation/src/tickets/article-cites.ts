/** Turns a help-center link an agent sent into the `cites` entry a suite can match against the workspace's documents. */
import { articleKey } from '@switchboard/core/retrieval';

export interface WorkspaceDocument {
  readonly path: string;
  readonly url: string | null;
}

export interface ArticleCite {
  readonly cite: string;
  /** Whether a document of the workspace is this article; a case whose `cites` names none cannot pass. */
  readonly known: boolean;
}

/**
 * Agents link articles in any locale and slug, with tracking queries; the suites compare urls exactly. A link
 * becomes the url of the stored article with the same url or the same host and article id; a link to an article the
 * workspace lacks is kept without its query and fragment (they may carry personal data).
 */
export function createArticleCites(documents: readonly WorkspaceDocument[]): (link: string) => ArticleCite {
  const byUrl = new Set<string>();
  const byArticle = new Map<string, string>();
  for (const { url } of documents) {
    if (!url) continue;
    byUrl.add(url);
    const key = articleKey(url);
    if (key && !byArticle.has(key)) byArticle.set(key, url);
  }
  return (link) => {
    const bare = link.replace(/[?#].*$/, '');
    if (byUrl.has(bare)) return { cite: bare, known: true };
    const key = articleKey(bare);
    const stored = key ? byArticle.get(key) : undefined;
    return stored ? { cite: stored, known: true } : { cite: bare, known: false };
  };
}
