/** Detects exact identifiers in a query — error codes, SKUs, versions, quoted strings — that lexical search must honour. */

export interface ExactTerm {
  readonly text: string;
  readonly kind: 'code' | 'version' | 'quoted';
}

const quoted = /"([^"]{2,80})"|“([^”]{2,80})”/g;
const version = /\bv?\d+(?:\.\d+){1,3}\b/gi;
// Letters and digits mixed, optionally joined by - or _: E-2041, SKU-118-B, ERR_CONN_RESET, 0x80070005.
const code = /\b(?=[\w-]*\d)(?=[\w-]*[a-z])[a-z0-9]+(?:[-_][a-z0-9]+)+\b|\b(?=\w*\d)(?=\w*[a-z])[a-z]{1,6}\d{2,}\w*\b|\b0x[0-9a-f]{4,}\b/gi;

export function detectExactTerms(query: string): ExactTerm[] {
  const terms: ExactTerm[] = [];
  for (const match of query.matchAll(quoted)) terms.push({ text: (match[1] ?? match[2])!, kind: 'quoted' });
  const unquoted = query.replace(quoted, ' ');
  for (const match of unquoted.matchAll(version)) terms.push({ text: match[0], kind: 'version' });
  for (const match of unquoted.matchAll(code)) {
    if (!terms.some((term) => term.text === match[0])) terms.push({ text: match[0], kind: 'code' });
  }
  return terms;
}
