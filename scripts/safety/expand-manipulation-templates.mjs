#!/usr/bin/env node
// Expands data/safety/manipulation-templates.json into data/safety/manipulation-probes.jsonl: fixed seed, 12 texts per
// template, each row carrying its `template` (the tune/check group) and `family`, so `switchboard eval safety
// data/safety/manipulation-probes.jsonl --part check` scores templates nothing was tuned on. Run `npm run build` first.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSafetyTemplateDocument, expandSafetyTemplates } from '@switchboard/core/safety';
import { seeded } from './safety-training-data.mjs';

const source = new URL('../../data/safety/manipulation-templates.json', import.meta.url);
const target = new URL('../../data/safety/manipulation-probes.jsonl', import.meta.url);
const document = checkSafetyTemplateDocument(JSON.parse(readFileSync(source, 'utf8')));
const rows = expandSafetyTemplates(document, { perTemplate: 12, random: seeded(5) });
writeFileSync(target, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
console.log(`wrote ${fileURLToPath(target)}: ${rows.length} rows from ${document.templates.length} templates`);
