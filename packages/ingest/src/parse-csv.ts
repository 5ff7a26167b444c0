/** RFC 4180 CSV parsing: quoted fields with doubled quotes and line breaks inside; the delimiter is detected. */
import { SwitchboardError } from '@switchboard/spec';

/** One record and the line it starts on, so a reader can name the line of a bad row. */
export interface CsvRecord {
  /** 1-based; a quoted cell may span lines, so the next record can start several lines later. */
  readonly line: number;
  readonly cells: string[];
}

/** Rows of cells. Throws INGEST_FILE_INVALID naming the line of an unterminated quoted field. */
export function parseCsv(path: string, text: string): string[][] {
  return parseCsvRecords(path, text).map((record) => record.cells);
}

/** The records of parseCsv with their starting lines; blank records are left out. */
export function parseCsvRecords(path: string, text: string): CsvRecord[] {
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      records.push({ line: recordLine, cells: row });
      row = [];
      cell = '';
      line += 1;
      recordLine = line;
    } else cell += char;
  }
  if (quoted) {
    throw new SwitchboardError('INGEST_FILE_INVALID', `${path}: a quoted field opened on line ${quoteLine} is never closed`, {
      details: { file: path, line: quoteLine },
    });
  }
  if (cell !== '' || row.length > 0) records.push({ line: recordLine, cells: [...row, cell] });
  return records.filter((record) => record.cells.some((value) => value.trim() !== ''));
}

/** The candidate that splits the first line into the most fields, outside quotes. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"(?:[^"]|"")*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t', '|']) {
    const count = firstLine.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
