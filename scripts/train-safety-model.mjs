#!/usr/bin/env node
// Regenerates the shipped safety model from the public dev files in ../shared/data/safety (all but banking77-risk,
// which stays zero-shot) and the in-house set in data/safety. Run `npm run build` first: it uses the built core.
//   node scripts/train-safety-model.mjs          train on everything allowed and write the model module
//   node scripts/train-safety-model.mjs --cv     5-fold cross-validated figures per file (nothing written)
//   --embeddings                                 the same for the model that also reads the sentence-mean USE-lite
//                                                embedding (writes shipped-safety-embedding-model.ts); the
//                                                embeddings are cached under $SWITCHBOARD_CACHE_DIR
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createSafetyFilter,
  defaultSafetyActions,
  defaultSafetyRules,
  embedSentenceMeans,
  hashFeature,
  scoreSafety,
  serializeSafetyModel,
  toSafetyModel,
  trainSafetyModel,
} from '@switchboard/core';
import { createUseLiteEmbedder } from '@switchboard/providers';
import * as prettier from 'prettier';

const publicDir = new URL('../../shared/data/safety/', import.meta.url);
const inHouseFile = new URL('../data/safety/support-manipulation.jsonl', import.meta.url);
const intentDir = new URL('../../shared/data/intent/', import.meta.url);
const withEmbeddings = process.argv.includes('--embeddings');
const everydayExcludedDomains = new Set(['banking', 'credit_cards', 'oos']);
// Only the embedding model learns from them: the n-gram model lost more than it gained (5-fold CV with 15 per intent:
// banking77-risk recall 0.904 → 0.898, jailbreakbench 0.911 → 0.889, everyday false flags 1.5%).
// EVERYDAY_PER_INTENT overrides the count, for experiments.
const everydayPerIntent = Number(process.env.EVERYDAY_PER_INTENT ?? (withEmbeddings ? 15 : 0));
const modelModule = new URL(
  `../packages/core/src/safety/models/${withEmbeddings ? 'shipped-safety-embedding-model' : 'shipped-safety-model'}.ts`,
  import.meta.url,
);
const exportName = withEmbeddings ? 'shippedSafetyEmbeddingModelData' : 'shippedSafetyModelData';
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

// The embedding model learns moderation's sexual, hate and violence rows as classes of their own (reported as
// harassment): one merged class of very different content learns worse (5-fold CV F1 on moderation alone 0.75 → 0.76).
const splitModeration = new Set(['sexual', 'hate', 'violence']);
const classAliases = { sexual: 'harassment', hate: 'harassment', violence: 'harassment' };
if (withEmbeddings) {
  categoryOf['openai-moderation'] = (row) =>
    row.category === 'self_harm' ? 'self_harm' : splitModeration.has(row.category) ? row.category : 'harassment';
  // Thresholds apply to each category's own probability (decision 'category'), chosen on the cross-validated figures.
  // L-BFGS to the optimum of the regularised loss: SGD's steps on the dense block kept jittering (CV F1 0.70).
  Object.assign(training, {
    embedder: { id: 'local:use-lite', weight: 1.5 },
    classAliases,
    decision: 'category',
    optimizer: 'lbfgs',
    l2: 1e-5,
  });
  // harmful_request 0.9 (0.8 for the n-gram model): XSTest's safe prompts were at the FPR limit (0.100) with 0.8.
  // fraud and financial_dispute 0.8 (was 0.9): in-house 5-fold CV recall fraud 0.725 → 0.775, disputes 0.44 → 0.61 at the
  // same in-house FPR (0.014), no other file moved; banking77-risk (zero-shot) recall 0.904 → 0.922, FPR 0.016 → 0.036.
  Object.assign(training.categoryThresholds, {
    harassment: 0.2,
    prompt_injection: 0.15,
    self_harm: 0.35,
    harmful_request: 0.9,
    fraud: 0.8,
    financial_dispute: 0.8,
  });
  weightOf['openai-moderation'] = 8;
}

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
  if (everydayPerIntent > 0)
    sets.push({
      name: 'everyday-requests',
      rows: everydayRequests('train.jsonl', everydayPerIntent).map((row) => ({ ...row, weight: 1 })),
    });
  const random = seeded(7);
  for (const set of sets) for (const row of set.rows) row.fold = Math.floor(random() * folds);
  return sets;
}

/**
 * Benign everyday requests as safe rows: clinc150 assistant commands ("i want you to turn the tv on", "change your
 * name to fred", "play the song penny lane"), which the public safety files have almost none of and which the model
 * otherwise reads as harassment or injection. Its banking and credit-card domains are left out, so no banking
 * language is taught as safe (banking77-risk stays zero-shot); `perIntent` rows per intent, seeded.
 */
function everydayRequests(file, perIntent) {
  const byIntent = new Map();
  for (const row of readJsonl(new URL(`clinc150/${file}`, intentDir))) {
    if (everydayExcludedDomains.has(row.domain)) continue;
    if (!byIntent.has(row.label)) byIntent.set(row.label, []);
    byIntent.get(row.label).push(row);
  }
  const random = seeded(11);
  return [...byIntent.values()].flatMap((rows) =>
    rows
      .map((row) => ({ row, key: random() }))
      .sort((a, b) => a.key - b.key)
      .slice(0, perIntent)
      .map(({ row }) => ({ text: row.text, label: 'safe', category: 'none', target: null })),
  );
}

const cacheDir = process.env.SWITCHBOARD_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'switchboard');

/** Sets `row.embedding` (sentence-mean USE-lite) on every row; cached by a fingerprint of all texts. */
async function attachEmbeddings(rows) {
  const fingerprint = hashFeature(rows.map((row) => row.text).join('\u0000')).toString(16);
  const file = join(cacheDir, `safety-embeddings-${fingerprint}.bin`);
  let flat;
  if (existsSync(file)) flat = new Float32Array(readFileSync(file).buffer.slice(0));
  else {
    process.stderr.write(`embedding the sentences of ${rows.length} rows with local:use-lite (once; cached in ${file})\n`);
    const pooled = await embedSentenceMeans(
      createUseLiteEmbedder(),
      rows.map((row) => row.text),
    );
    flat = new Float32Array(rows.length * 512);
    pooled.forEach((vector, i) => vector && flat.set(vector, i * 512));
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, flat);
  }
  rows.forEach((row, i) => {
    const vector = flat.subarray(i * 512, (i + 1) * 512);
    row.embedding = vector.some((value) => value !== 0) ? vector : null;
  });
}

const toExamples = (rows) => rows.map((row) => ({ text: row.text, category: row.target, weight: row.weight, embedding: row.embedding }));

function judge(filter, rows) {
  return rows.map((row) => ({
    label: row.label,
    category: row.category,
    flagged: filter.check(row.text, { embedding: row.embedding }).action !== 'continue',
  }));
}

/** A filter with the trained model in the slot it is shipped in. */
function filterWith(model, threshold) {
  const slot = withEmbeddings ? { embeddingModel: model } : { model };
  return createSafetyFilter({ ...slot, rules: defaultSafetyRules, actions: defaultSafetyActions, threshold });
}

const format = (value) => (value === null ? '   -  ' : value.toFixed(4));

async function crossValidate(sets, thresholds) {
  const judged = new Map(thresholds.map((t) => [t, new Map(sets.map((set) => [set.name, []]))]));
  const fullRows = sets.flatMap((set) => set.rows);
  for (let fold = 0; fold < folds; fold += 1) {
    const model = toSafetyModel(
      trainSafetyModel(toExamples(fullRows.filter((row) => row.fold !== fold)), { ...training, random: seeded(fold + 1) }),
    );
    for (const threshold of thresholds) {
      const filter = filterWith(model, threshold);
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
  const everydayDev = everydayRequests('dev.jsonl', Infinity);
  if (withEmbeddings) {
    await attachEmbeddings(banking);
    await attachEmbeddings(everydayDev);
  }
  const fullModel = toSafetyModel(trainSafetyModel(toExamples(fullRows), { ...training, random: seeded(99) }));
  for (const threshold of thresholds) {
    console.log(`\nthreshold ${threshold ?? `${training.threshold} (per category ${JSON.stringify(training.categoryThresholds)})`}`);
    console.log('file                            recall  precision  f1      fpr     (cv = 5-fold cross-validated)');
    const filter = filterWith(fullModel, threshold);
    const rows = [
      ['banking77-risk (zero-shot)', scoreSafety(judge(filter, banking))],
      ['clinc150 dev everyday (unseen)', scoreSafety(judge(filter, everydayDev))],
    ];
    for (const set of sets) rows.push([`${set.name} (cv)`, scoreSafety(judged.get(threshold).get(set.name))]);
    for (const [name, m] of rows)
      console.log(
        `${name.padEnd(32)}${format(m.recall)}  ${format(m.precision)}     ${format(m.f1)}  ${format(m.false_positive_rate)}  ${JSON.stringify(m.per_category)}`,
      );
  }
}

async function trainShipped(sets) {
  const rows = sets.flatMap((set) => set.rows);
  const trained = trainSafetyModel(toExamples(rows), { ...training, random: seeded(99) });
  const data = serializeSafetyModel(trained, [...sets.map((set) => `${set.name} (${set.rows.length} rows)`)]);
  const source =
    '/** Generated by scripts/train-safety-model.mjs: the shipped safety classifier weights (JSON data; do not edit). */\n' +
    "import type { SafetyModelData } from '../safety-model.js';\n\n" +
    `export const ${exportName}: SafetyModelData = ${JSON.stringify(data, null, 2)};\n`;
  // Formatted as `npm run lint` expects, so a regenerated model lands without a manual prettier run.
  const path = fileURLToPath(modelModule);
  writeFileSync(modelModule, await prettier.format(source, { ...(await prettier.resolveConfig(path)), filepath: path }));
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
if (withEmbeddings) await attachEmbeddings(sets.flatMap((set) => set.rows));
const thresholdArgument = process.argv.find((arg) => arg.startsWith('--thresholds='));
if (process.argv.includes('--cv'))
  await crossValidate(sets, thresholdArgument ? thresholdArgument.slice('--thresholds='.length).split(',').map(Number) : [undefined]);
else await trainShipped(sets);
