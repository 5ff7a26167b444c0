import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textReader } from './text-reader.js';

const fixture = (name: string) => ({ path: `kb/${name}`, bytes: readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)) });

describe('textReader', () => {
  it('takes a short first line as the title and escapes Markdown syntax in the body', async () => {
    const document = await textReader.read(fixture('text/opening-hours.txt'));
    expect(document.title).toBe('Opening hours');
    expect(document.parts[0]!.markdown).toBe(
      'The support desk is open Monday to Friday, 8:00 to 18:00 CET.\n\n\\# Not a heading: a hash at the start of a plain line.',
    );
  });

  it('names the file and line of text that is not UTF-8', () => {
    expect(() => textReader.read(fixture('bad/latin1.txt'))).toThrow(
      /^kb\/bad\/latin1\.txt: not valid UTF-8 text \(first invalid byte at offset 8, line 1\)/,
    );
  });
});
