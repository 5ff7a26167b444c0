/** Splits YAML front matter from a Markdown file and validates the fields Switchboard reads. */
import { LineCounter, parseDocument, isNode } from 'yaml';
import { SwitchboardError } from '@switchboard/spec';

export interface FrontMatter {
  readonly title: string | null;
  readonly updatedAt: string | null;
  readonly tags: readonly string[];
  readonly audience: string | null;
  readonly docType: string | null;
  readonly url: string | null;
  /** `superseded_by` (or `supersededBy`, `replaced_by`, `replacedBy`): the document that replaces this one. */
  readonly supersededBy: string | null;
}

export interface SplitFrontMatter {
  readonly frontMatter: FrontMatter;
  readonly body: string;
}

const empty: FrontMatter = { title: null, updatedAt: null, tags: [], audience: null, docType: null, url: null, supersededBy: null };
const supersededByKeys = ['superseded_by', 'supersededBy', 'replaced_by', 'replacedBy'] as const;

export function splitFrontMatter(path: string, text: string): SplitFrontMatter {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    if (/^---[ \t]*\r?\n/.test(text)) fail(path, 1, 'front matter opened with --- is never closed');
    return { frontMatter: empty, body: text };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(match[1]!, { lineCounter, prettyErrors: false });
  const firstError = document.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line + 1;
    fail(path, line, `front matter is not valid YAML: ${firstError.message.split('\n')[0]}`);
  }
  const raw: unknown = document.toJS() ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw) || raw === null) fail(path, 2, 'front matter must be a mapping of keys to values');
  const data = raw as Record<string, unknown>;
  const lineOf = (key: string): number => {
    const node = document.get(key, true);
    return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line + 1 : 2;
  };
  const text_ = (key: string): string | null => {
    const value = data[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string' && typeof value !== 'number') fail(path, lineOf(key), `front matter '${key}' must be text`);
    return String(value);
  };
  let updatedAt: string | null = null;
  const updated = data['updated'] ?? data['updated_at'] ?? data['date'];
  if (updated !== undefined && updated !== null) {
    const key = data['updated'] !== undefined ? 'updated' : data['updated_at'] !== undefined ? 'updated_at' : 'date';
    const date = updated instanceof Date ? updated : new Date(String(updated));
    if (Number.isNaN(date.getTime()) || !/\d{4}-\d{2}-\d{2}/.test(updated instanceof Date ? date.toISOString() : String(updated))) {
      fail(path, lineOf(key), `front matter '${key}' is not a date (write it as YYYY-MM-DD)`);
    }
    updatedAt = date.toISOString().slice(0, 10);
  }
  const tags = data['tags'];
  if (tags !== undefined && tags !== null && !Array.isArray(tags) && typeof tags !== 'string')
    fail(path, lineOf('tags'), `front matter 'tags' must be a list`);
  return {
    frontMatter: {
      title: text_('title'),
      updatedAt,
      tags: Array.isArray(tags)
        ? tags.map(String)
        : typeof tags === 'string'
          ? tags
              .split(',')
              .map((t) => t.trim())
              .filter(Boolean)
          : [],
      audience: text_('audience'),
      docType: text_('type'),
      url: text_('url'),
      supersededBy:
        supersededByKeys
          .map(text_)
          .find((value) => value !== null && value.trim() !== '')
          ?.trim() ?? null,
    },
    body: text.slice(match[0].length),
  };
}

function fail(path: string, line: number, message: string): never {
  throw new SwitchboardError('INGEST_FILE_INVALID', `${path}: ${message} (line ${line})`, { details: { file: path, line } });
}
