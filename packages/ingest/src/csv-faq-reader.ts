/**
 * Reads FAQ spreadsheets saved as CSV: one document per file, one `##` section per question. Each section
 * becomes its own chunk with the question in its breadcrumb, so retrieval is per question while an edited
 * row re-ingests one file and citations keep one stable path.
 */
import { SwitchboardError } from '@switchboard/spec';
import { decodeUtf8 } from './decode-utf8.js';
import { titleFromFileName } from './markdown-reader.js';
import type { DocumentReader, ParsedDocument } from './parsed-document.js';
import { parseCsv } from './parse-csv.js';

const questionHeader = /^(?:q|question|questions|faq|title|frage|pregunta|prompt)$/i;
const answerHeader = /^(?:a|answer|answers|response|reply|antwort|respuesta|body)$/i;
const categoryHeader = /^(?:category|section|topic|group)$/i;

export const csvFaqReader: DocumentReader = {
  sourceType: 'csv-faq',
  extensions: ['.csv', '.tsv'],
  read({ path, bytes }): ParsedDocument {
    const rows = parseCsv(path, decodeUtf8(path, bytes));
    const invalid = (reason: string): SwitchboardError =>
      new SwitchboardError('INGEST_FILE_INVALID', `${path}: ${reason}`, { details: { file: path } });
    if (rows.length === 0) throw invalid('the CSV file is empty');
    const header = rows[0]!.map((cell) => cell.trim());
    let question = header.findIndex((cell) => questionHeader.test(cell));
    let answer = header.findIndex((cell) => answerHeader.test(cell));
    const category = header.findIndex((cell) => categoryHeader.test(cell));
    const hasHeader = question >= 0 && answer >= 0;
    if (!hasHeader) {
      // Without a recognisable header, only the plain two-column layout (question, answer) is unambiguous.
      if (header.length !== 2) throw invalid(`no "question" and "answer" header columns (found: ${header.join(', ')}); add a header row`);
      question = 0;
      answer = 1;
    }
    const sections: string[] = [];
    let currentCategory = '';
    for (const [index, row] of rows.slice(hasHeader ? 1 : 0).entries()) {
      const q = row[question]?.trim() ?? '';
      const a = row[answer]?.trim() ?? '';
      if (!q || !a) throw invalid(`row ${index + (hasHeader ? 2 : 1)} has an empty question or answer`);
      const group = category >= 0 ? (row[category]?.trim() ?? '') : '';
      if (group && group !== currentCategory) {
        currentCategory = group;
        sections.push(`## ${group}`);
      }
      sections.push(`${category >= 0 && currentCategory ? '###' : '##'} ${q.replace(/\s+/g, ' ')}\n\n${a}`);
    }
    return {
      title: titleFromFileName(path),
      parts: [{ markdown: sections.join('\n\n'), page: null }],
      url: null,
      updatedAt: null,
      tags: [],
      audience: null,
      docType: 'faq',
    };
  },
};
