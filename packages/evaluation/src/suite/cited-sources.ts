/** How a case's expected sources (document paths or urls) meet a reply's citations; the check and the aggregates share it. */
import type { PlayedReply } from './suite-types.js';

type Citations = PlayedReply['citations'];

/** Paths compare with forward slashes and without a leading "./". */
export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/** Whether the citation is the source: its path, or its url. */
export function citesSource(citation: Citations[number], source: string): boolean {
  return normalizePath(citation.path) === normalizePath(source) || citation.url === source;
}

/** Whether any citation is one of the sources. */
export function citesAnyOf(citations: Citations, sources: readonly string[]): boolean {
  return citations.some((citation) => sources.some((source) => citesSource(citation, source)));
}
