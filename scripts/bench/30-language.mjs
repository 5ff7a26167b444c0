#!/usr/bin/env node
// Language detection: Switchboard's detector (function words, then tinyld) beside tinyld alone, on the benign support
// questions' tune and check parts (7 languages, split by source question), and the English rows a language notice
// would reach. A notice goes to a confident non-English reading (before detections had a confidence: to any).
import { readFileSync } from 'node:fs';
import { detectAll } from 'tinyld';
import { partOfGroup } from '@switchboard/core/evaluation';
import { safetyRowGroup } from '@switchboard/core/safety';
import { detectLanguage } from '@switchboard/core/text';

const readJsonl = (url) =>
  readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
const benign = readJsonl(new URL('../../data/safety/benign-support.jsonl', import.meta.url));
// English-only support and assistant requests (banking77, clinc150 dev): no row may get a notice.
const intentData = new URL('../../../shared/data/intent/', import.meta.url);
const englishSets = ['banking77/dev.jsonl', 'clinc150/dev.jsonl'].map((path) => ({
  name: path.split('/')[0],
  texts: readJsonl(new URL(path, intentData)).map((row) => row.text),
}));

const notice = (detected) => detected.language !== null && detected.language !== 'en' && (detected.confident ?? true);
const share = (count, total) => (total === 0 ? '–' : (count / total).toFixed(3));

console.log('language detection on data/safety/benign-support.jsonl');
console.log(
  'part | rows | SB accuracy | SB confident | SB confident precision | tinyld alone | English rows | English right (SB) | English with a notice (SB) | (tinyld alone) | other rows with a notice in their language (SB)',
);
for (const part of ['tune', 'check']) {
  const rows = benign.filter((row) => partOfGroup(safetyRowGroup(row)) === part);
  const ours = rows.map((row) => ({ row, detected: detectLanguage(row.text) }));
  const confident = ours.filter(({ detected }) => detected.confident ?? detected.language !== null);
  const tinyld = rows.map((row) => {
    const [best] = detectAll(row.text);
    return { row, language: best && best.accuracy >= 0.5 ? best.lang : null };
  });
  const english = ours.filter(({ row }) => row.language === 'en');
  console.log(
    [
      part,
      rows.length,
      share(ours.filter(({ row, detected }) => detected.language === row.language).length, rows.length),
      share(confident.length, rows.length),
      share(confident.filter(({ row, detected }) => detected.language === row.language).length, confident.length),
      share(tinyld.filter(({ row, language }) => language === row.language).length, rows.length),
      english.length,
      english.filter(({ detected }) => detected.language === 'en').length,
      english.filter(({ detected }) => notice(detected)).length,
      tinyld.filter(({ row, language }) => row.language === 'en' && language !== null && language !== 'en').length,
      share(
        ours.filter(({ row, detected }) => row.language !== 'en' && notice(detected) && detected.language === row.language).length,
        rows.length - english.length,
      ),
    ].join(' | '),
  );
}
for (const set of englishSets) {
  const noticed = set.texts.filter((text) => notice(detectLanguage(text))).length;
  console.log(`${set.name} dev (English): ${noticed}/${set.texts.length} would get a language notice`);
}
