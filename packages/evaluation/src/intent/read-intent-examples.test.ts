import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readIntentExamples } from './read-intent-examples.js';

const dir = mkdtempSync(join(tmpdir(), 'intent-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readIntentExamples', () => {
  it('reads CSV with quoted commas, doubled quotes and embedded newlines, columns in any order', () => {
    const path = file('a.csv', 'label,text\nrefund,"refund, please"\ndelivery,"where is my ""lamp""\nnow"\n\noos,hello\n');
    expect(readIntentExamples(path)).toEqual([
      { label: 'refund', text: 'refund, please' },
      { label: 'delivery', text: 'where is my "lamp"\nnow' },
      { label: 'oos', text: 'hello' },
    ]);
  });

  it('reports the line of a CSV record with an empty label, counting embedded newlines', () => {
    const path = file('b.csv', 'text,label\n"two\nlines",x\nno label,\n');
    expect(() => readIntentExamples(path)).toThrow(/b\.csv: 'label' is missing or empty \(line 4\)/);
  });

  it('reports invalid JSON by file and line', () => {
    const path = file('c.jsonl', '{"text":"a","label":"x"}\n{"text": oops}\n');
    expect(() => readIntentExamples(path)).toThrow(/c\.jsonl: not valid JSON \(line 2\)/);
  });

  it('skips a row with empty text and says where', () => {
    const warnings: string[] = [];
    const path = file('e.jsonl', '{"text":"a","label":"x"}\n{"text":"  ","label":"y"}\n');
    expect(readIntentExamples(path, (message) => warnings.push(message))).toEqual([{ text: 'a', label: 'x' }]);
    expect(warnings).toEqual([`${path}: skipped a row with empty 'text' (line 2)`]);
  });

  it('refuses a CSV without text and label columns', () => {
    expect(() => readIntentExamples(file('d.csv', 'sentence,intent\nhi,greet\n'))).toThrow(/header must name/);
  });
});
