/** Reads answers.jsonl of a BEIR-layout dataset: one `{query_id, answer}` object per line, the gold answer text. */
import { join } from 'node:path';
import { readJsonLines } from '@switchboard/ingest';
import { SwitchboardError } from '@switchboard/spec';

/** Query id → gold answer. */
export function readBeirAnswers(dir: string): Map<string, string> {
  const rows = readJsonLines(join(dir, 'answers.jsonl'), (row, where) => {
    const queryId = row['query_id'];
    const answer = row['answer'];
    if ((typeof queryId !== 'string' && typeof queryId !== 'number') || queryId === '')
      throw new SwitchboardError('DATASET_INVALID', `${where}: field 'query_id' must be a non-empty string`);
    if (typeof answer !== 'string') throw new SwitchboardError('DATASET_INVALID', `${where}: field 'answer' must be a string`);
    return [String(queryId), answer] as const;
  });
  return new Map(rows);
}
