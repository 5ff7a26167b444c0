/** The connector settings of one configured source (the `sources` entries of switchboard.yaml), and its readers. */
import { defaultReaders } from '../ingest-files.js';
import type { DocumentReader } from '../parsed-document.js';
import { createSlackExportReader } from '../slack/slack-export-reader.js';

export type SourceSettings =
  | { readonly name: string; readonly type: 'folder'; readonly path: string }
  | {
      readonly name: string;
      readonly type: 'slack';
      readonly path: string;
      readonly answeredReaction?: string;
      readonly maxAgeDays?: number;
    }
  | {
      readonly name: string;
      readonly type: 'zendesk';
      readonly path?: string;
      readonly subdomain?: string;
      readonly baseUrl?: string;
      readonly locale?: string;
      readonly email?: string;
      readonly tokenEnv?: string;
    }
  | {
      readonly name: string;
      readonly type: 'confluence';
      readonly path?: string;
      readonly baseUrl?: string;
      readonly spaceKey?: string;
      readonly email?: string;
      readonly tokenEnv?: string;
    };

/** Formats without a limit of their own (Markdown, HTML, CSV, text) are refused above this size before being read. */
export const defaultMaxFileBytes = 50 * 1024 * 1024;

/** The readers for a source: the defaults with the source's Slack options, every one with a size limit. */
export function readersForSource(source: SourceSettings | null, now: () => Date = () => new Date()): DocumentReader[] {
  const slack =
    source?.type === 'slack'
      ? createSlackExportReader({ answerReaction: source.answeredReaction, maxAgeDays: source.maxAgeDays, now })
      : null;
  return defaultReaders.map((reader) => {
    const chosen = slack && reader.folderMarker === slack.folderMarker ? slack : reader;
    return chosen.maxBytes === undefined ? { ...chosen, maxBytes: defaultMaxFileBytes } : chosen;
  });
}

/** Where a source's documents come from: its path, or the address it is fetched from. */
export function sourceLocation(source: SourceSettings): string {
  if (source.path !== undefined) return source.path;
  if (source.type === 'zendesk') return `${zendeskBaseUrl(source)}/hc`;
  if (source.type === 'confluence') return `${(source.baseUrl ?? '').replace(/\/+$/, '')}/spaces/${source.spaceKey ?? ''}`;
  return '';
}

export function zendeskBaseUrl(source: { readonly subdomain?: string; readonly baseUrl?: string }): string {
  return (source.baseUrl ?? `https://${source.subdomain ?? ''}.zendesk.com`).replace(/\/+$/, '');
}
