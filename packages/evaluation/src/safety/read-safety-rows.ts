/** Reads a safety evaluation file: JSONL rows `{text, label: "safe"|"unsafe", category}`, errors naming file and line. */
import { readFileSync } from 'node:fs';
import { SwitchboardError } from '@switchboard/spec';

export interface SafetyRow {
  readonly text: string;
  readonly label: 'safe' | 'unsafe';
  readonly category: string;
  readonly line: number;
  /** Keep paraphrases together in the tune/check split (see safetyRowGroup); absent in most files. */
  readonly group?: string;
  readonly template?: string;
  readonly behavior?: string;
  /** A finer label for per-family recall (e.g. the manipulation family), when the file has one. */
  readonly family?: string;
}

function invalid(file: string, line: number, problem: string): SwitchboardError {
  return new SwitchboardError('DATASET_INVALID', `${file}: line ${line}: ${problem}`, { details: { file, line } });
}

export function readSafetyRows(file: string): SafetyRow[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SwitchboardError('INGEST_PATH_NOT_FOUND', `${file}: cannot read the file (${(error as Error).message})`, { cause: error });
  }
  const rows: SafetyRow[] = [];
  for (const [index, raw] of content.split('\n').entries()) {
    const line = index + 1;
    if (!raw.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw invalid(file, line, `not valid JSON (${(error as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(file, line, 'expected a JSON object');
    const { text, label, category, group, template, behavior, family } = value as Record<string, unknown>;
    if (typeof text !== 'string') throw invalid(file, line, "'text' must be a string");
    if (label !== 'safe' && label !== 'unsafe')
      throw invalid(file, line, `'label' must be "safe" or "unsafe", got ${JSON.stringify(label)}`);
    if (category !== undefined && category !== null && typeof category !== 'string')
      throw invalid(file, line, "'category' must be a string");
    rows.push({
      text,
      label,
      category: typeof category === 'string' && category ? category : label === 'safe' ? 'none' : 'unsafe',
      line,
      ...(typeof group === 'string' ? { group } : {}),
      ...(typeof template === 'string' ? { template } : {}),
      ...(typeof behavior === 'string' ? { behavior } : {}),
      ...(typeof family === 'string' ? { family } : {}),
    });
  }
  if (rows.length === 0)
    throw new SwitchboardError('DATASET_INVALID', `${file}: no rows; expected JSONL lines {"text", "label", "category"}`);
  return rows;
}
