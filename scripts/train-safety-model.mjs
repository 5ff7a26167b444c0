#!/usr/bin/env node
// Regenerates the shipped safety model from the public dev files in ../shared/data/safety (all but banking77-risk,
// which stays zero-shot) and the in-house set in data/safety. Run `npm run build` first: it uses the built core.
//   node scripts/train-safety-model.mjs          train on everything allowed and write the model module
//   node scripts/train-safety-model.mjs --cv     5-fold cross-validated figures per file (nothing written)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createSafetyFilter,
  defaultSafetyActions,
  defaultSafetyRules,
  scoreSafety,
  serializeSafetyModel,
  toSafetyModel,
  trainSafetyModel,
} from '@switchboard/core';

const publicDir = new URL('../../shared/data/safety/', import.meta.url);
const inHouseFile = new URL('../data/safety/support-manipulation.jsonl', import.meta.url);
const modelModule = new URL('../packages/core/src/safety/models/shipped-safety-model.ts', import.meta.url);
const folds = 5;
// Thresholds were chosen on the cross-validated figures: stricter for categories learnt only from the small in-house
// set (their rules carry most of the recall), looser for prompt injection, stricter for harmful requests (XSTest).
const money = 0.9;
const training = {
  dimensions: 1 << 17,
  epochs: 12,
  learningRate: 1,
  l2: 1e-6,
  threshold: 0.35,
  categoryThresholds: {
    fraud: money,
    financial_dispute: money,
    legal_threat: money,
    manipulation: money,
    prompt_injection: 0.1,
    harmful_request: 0.8,
  },
};

// Public categories folded into ours: abuse, hate, sexual and violent content aimed at people is harassment.
const categoryOf = {
  convabuse: () => 'harassment',
  'openai-moderation': (row) => (row.category === 'self_harm' ? 'self_harm' : 'harassment'),
  'cyberseceval-prompt-injection': () => 'prompt_injection',
  jailbreakbench: (row) => (row.category === 'jailbreak' ? 'prompt_injection' : 'harmful_request'),
  xstest: () => 'harmful_request',
};
// The in-house set is small, and moderation texts are long web prose unlike anything else here: both are up-weighted.
const weightOf = { 'openai-moderation': 3, 'in-house': 3 };

function readJsonl(url) {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

/** Seeded PRNG (mulberry32) so models and folds are reproducible. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadTrainingSets() {
  const sets = Object.entries(categoryOf).map(([name, map]) => ({
    name,
    rows: readJsonl(new URL(`${name}/dev.jsonl`, publicDir)).map((row) => ({
      ...row,
      target: row.label === 'unsafe' ? map(row) : null,
      weight: weightOf[name] ?? 1,
    })),
  }));
  sets.push({
    name: 'in-house',
    rows: readJsonl(inHouseFile).map((row) => ({
      ...row,
      target: row.label === 'unsafe' ? row.category : null,
      weight: weightOf['in-house'],
    })),
  });
  const random = seeded(7);
  for (const set of sets) for (const row of set.rows) row.fold = Math.floor(random() * folds);
  return sets;
}

const toExamples = (rows) => rows.map((row) => ({ text: row.text, category: row.target, weight: row.weight }));

function judge(filter, rows) {
  return rows.map((row) => ({ label: row.label, category: row.category, flagged: filter.check(row.text).action !== 'continue' }));
}

const format = (value) => (value === null ? '   -  ' : value.toFixed(4));

function crossValidate(sets, thresholds) {
  const judged = new Map(thresholds.map((t) => [t, new Map(sets.map((set) => [set.name, []]))]));
  const fullRows = sets.flatMap((set) => set.rows);
  for (let fold = 0; fold < folds; fold += 1) {
    const model = toSafetyModel(
      trainSafetyModel(toExamples(fullRows.filter((row) => row.fold !== fold)), { ...training, random: seeded(fold + 1) }),
    );
    for (const threshold of thresholds) {
      const filter = createSafetyFilter({ model, rules: defaultSafetyRules, actions: defaultSafetyActions, threshold });
      for (const set of sets)
        judged
          .get(threshold)
          .get(set.name)
          .push(
            ...judge(
              filter,
              set.rows.filter((row) => row.fold === fold),
            ),
          );
    }
    process.stderr.write(`fold ${fold + 1}/${folds} done\n`);
  }
  const banking = readJsonl(new URL('banking77-risk/dev.jsonl', publicDir));
  const fullModel = toSafetyModel(trainSafetyModel(toExamples(fullRows), { ...training, random: seeded(99) }));
  for (const threshold of thresholds) {
    console.log(`\nthreshold ${threshold ?? `${training.threshold} (per category ${JSON.stringify(training.categoryThresholds)})`}`);
    console.log('file                            recall  precision  f1      fpr     (cv = 5-fold cross-validated)');
    const filter = createSafetyFilter({ model: fullModel, rules: defaultSafetyRules, actions: defaultSafetyActions, threshold });
    const rows = [['banking77-risk (zero-shot)', scoreSafety(judge(filter, banking))]];
    for (const set of sets) rows.push([`${set.name} (cv)`, scoreSafety(judged.get(threshold).get(set.name))]);
    for (const [name, m] of rows)
      console.log(
        `${name.padEnd(32)}${format(m.recall)}  ${format(m.precision)}     ${format(m.f1)}  ${format(m.false_positive_rate)}  ${JSON.stringify(m.per_category)}`,
      );
  }
}

function trainShipped(sets) {
  const rows = sets.flatMap((set) => set.rows);
  const trained = trainSafetyModel(toExamples(rows), { ...training, random: seeded(99) });
  const data = serializeSafetyModel(trained, [...sets.map((set) => `${set.name} (${set.rows.length} rows)`)]);
  const source =
    '/** Generated by scripts/train-safety-model.mjs: the shipped safety classifier weights (JSON data; do not edit). */\n' +
    "import type { SafetyModelData } from '../safety-model.js';\n\n" +
    `export const shippedSafetyModelData: SafetyModelData = ${JSON.stringify(data, null, 2)};\n`;
  writeFileSync(modelModule, source);
  console.log(`wrote ${fileURLToPath(modelModule)} (${(source.length / 1e6).toFixed(2)} MB, classes ${data.classes.join(', ')})`);
}

// `--set=epochs=20,l2=0.00001` overrides training settings, for experiments.
const overrides = process.argv.find((arg) => arg.startsWith('--set='));
if (overrides)
  for (const pair of overrides.slice('--set='.length).split(',')) {
    const [key, value] = pair.split('=');
    if (key in training.categoryThresholds) training.categoryThresholds[key] = Number(value);
    else training[key] = Number(value);
  }
const sets = loadTrainingSets();
const thresholdArgument = process.argv.find((arg) => arg.startsWith('--thresholds='));
if (process.argv.includes('--cv'))
  crossValidate(sets, thresholdArgument ? thresholdArgument.slice('--thresholds='.length).split(',').map(Number) : [undefined]);
else trainShipped(sets);
