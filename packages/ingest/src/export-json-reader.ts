/**
 * Reads JSON exports, recognised by their shape: Zendesk Help Center articles ({articles}), Zendesk tickets
 * ({tickets}) and Confluence Cloud REST content ({results} or a page with body.storage). One file, many documents.
 */
import { SwitchboardError } from '@switchboard/spec';
import { readConfluencePages } from './confluence/confluence-pages.js';
import { decodeUtf8 } from './decode-utf8.js';
import { checkShape, parseJson } from './json-shape.js';
import type { DocumentReader, ParsedEntry } from './parsed-document.js';
import { readZendeskArticles } from './zendesk/zendesk-articles.js';
import { readZendeskTickets } from './zendesk/zendesk-tickets.js';
import { readZendeskTicketOutcomes } from './zendesk/zendesk-ticket-outcomes.js';

const formats = [
  {
    name: 'a Zendesk Help Center export',
    sourceType: 'zendesk-article',
    matches: (json: Record<string, unknown>) => 'articles' in json,
    read: readZendeskArticles,
  },
  {
    name: 'a Zendesk tickets export',
    sourceType: 'zendesk-ticket',
    matches: (json: Record<string, unknown>) => 'tickets' in json,
    read: readZendeskTickets,
  },
  {
    name: 'a Confluence content export',
    sourceType: 'confluence',
    matches: (json: Record<string, unknown>) => 'results' in json || ('body' in json && 'title' in json),
    read: readConfluencePages,
  },
] as const;

/**
 * The parsed JSON of the file being ingested: documents and outcome evidence are read from the same bytes one after
 * the other, and an export may be hundreds of megabytes, so it is parsed once.
 */
const parsed = new WeakMap<Uint8Array, unknown>();
const parseOnce = (path: string, bytes: Uint8Array): unknown => {
  if (!parsed.has(bytes)) parsed.set(bytes, parseJson(path, decodeUtf8(path, bytes)));
  return parsed.get(bytes);
};
const isObject = (json: unknown): json is Record<string, unknown> => typeof json === 'object' && json !== null && !Array.isArray(json);

export const exportJsonReader: DocumentReader = {
  sourceType: 'json-export',
  extensions: ['.json'],
  maxBytes: 500 * 1024 * 1024,
  read({ path }) {
    throw new SwitchboardError('INGEST_FILE_INVALID', `${path}: JSON exports hold many documents; read them with readMany`, {
      details: { file: path },
    });
  },
  readMany({ path, bytes }): ParsedEntry[] {
    const json = parseOnce(path, bytes);
    const format = isObject(json) ? formats.find((f) => f.matches(json)) : undefined;
    if (!format) {
      throw new SwitchboardError(
        'INGEST_FILE_INVALID',
        `${path}: not a recognised export at $: expected Zendesk Help Center {"articles": […]}, Zendesk tickets {"tickets": […]} or Confluence {"results": […]} / a page with body.storage`,
        { details: { file: path, jsonPath: '$' } },
      );
    }
    return checkShape(path, format.name, () => format.read(json)).map((entry) => ({ ...entry, sourceType: format.sourceType }));
  },
  readOutcomes({ path, bytes }) {
    const json = parseOnce(path, bytes);
    if (!isObject(json) || !('tickets' in json)) return [];
    return checkShape(path, 'a Zendesk tickets export', () => readZendeskTicketOutcomes(json));
  },
};
