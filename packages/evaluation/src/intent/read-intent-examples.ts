/** Reads labelled intent examples from JSONL or CSV (`text`, `label` columns); a bad row is reported by file and line. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { IntentExample } from '@switchboard/core/intent';
import { parseCsvRecords } from '@switchboard/ingest';
import { SwitchboardError } from '@switchboard/spec';

function invalid(file: string, line: number, problem: string): SwitchboardError {
  return new SwitchboardError('DATASET_INVALID', `${file}: ${problem} (line ${line})`, { details: { file, line } });
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new SwitchboardError('INGEST_PATH_NOT_FOUND', `${file}: cannot read the file (${(error as Error).message})`, { cause: error });
  }
}

/** A row with an empty text is skipped with a warning (real exports have them); a missing label is an error. */
function checkExample(file: string, line: number, text: unknown, label: unknown, warn: Warn): IntentExample | null {
  if (typeof text !== 'string') throw invalid(file, line, "'text' is missing or not a string");
  if (typeof label !== 'string' || label.trim() === '') throw invalid(file, line, "'label' is missing or empty");
  if (text.trim() === '') {
    warn(`${file}: skipped a row with empty 'text' (line ${line})`);
    return null;
  }
  return { text: text.trim(), label: label.trim() };
}

type Warn = (message: string) => void;

function readJsonl(file: string, content: string, warn: Warn): IntentExample[] {
  const examples: IntentExample[] = [];
  for (const [index, raw] of content.split('\n').entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    let row: unknown;
    try {
      row = JSON.parse(raw);
    } catch {
      throw invalid(file, line, 'not valid JSON');
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) throw invalid(file, line, 'expected a JSON object');
    const { text, label } = row as { text?: unknown; label?: unknown };
    const example = checkExample(file, line, text, label, warn);
    if (example) examples.push(example);
  }
  return examples;
}

function readCsv(file: string, content: string, warn: Warn): IntentExample[] {
  const records = parseCsvRecords(file, content);
  const header = records.shift();
  if (!header) return [];
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const textColumn = names.indexOf('text');
  const labelColumn = names.indexOf('label');
  if (textColumn < 0 || labelColumn < 0) throw invalid(file, header.line, "the header must name a 'text' and a 'label' column");
  return records
    .map((record) => checkExample(file, record.line, record.cells[textColumn], record.cells[labelColumn], warn))
    .filter((example): example is IntentExample => example !== null);
}

/** Examples of a `.jsonl`/`.json` or `.csv` file, in file order. An empty file is an error: nothing to learn. */
export function readIntentExamples(file: string, warn: Warn = () => {}): IntentExample[] {
  const content = readText(file).replace(/^\uFEFF/, '');
  const extension = extname(file).toLowerCase();
  const examples = extension === '.csv' ? readCsv(file, content, warn) : readJsonl(file, content, warn);
  if (examples.length === 0) throw new SwitchboardError('DATASET_INVALID', `${file}: no examples found`, { details: { file } });
  return examples;
}
