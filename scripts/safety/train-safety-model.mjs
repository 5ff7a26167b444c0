#!/usr/bin/env node
// Regenerates a shipped safety model from the *tune* parts of the safety data (scripts/safety/safety-training-data.mjs)
// and prints figures on the tune and the check parts. Run `npm run build` first: it uses the built core.
//   node scripts/safety/train-safety-model.mjs               the n-gram model (packages/models/src/safety-ngram-model.json)
//   node scripts/safety/train-safety-model.mjs --embeddings  the model that also reads the sentence-mean USE-lite
//                                                            embedding (packages/models/src/safety-embedding-model.json)
//   --report-only                                            print the figures, write nothing
//   --set=l2=0.00001,fraud=0.7                               override training settings, for experiments
// Sentence vectors are cached under $SWITCHBOARD_CACHE_DIR/embeddings, so a rerun embeds only new sentences.
import { writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { partOfGroup } from '@switchboard/core/evaluation';
import {
  createSafetyFilter,
  defaultSafetyActions,
  defaultSafetyRules,
  embedSentenceMeans,
  manipulationSignals,
  scoreSafety,
  serializeSafetyModel,
  toSafetyModel,
  trainSafetyModel,
} from '@switchboard/core/safety';
import { createFileCachedEmbedder, createUseLiteEmbedder } from '@switchboard/providers';
import * as prettier from 'prettier';
import { loadSafetySets, seeded } from './safety-training-data.mjs';

const withEmbeddings = process.argv.includes('--embeddings');
const reportOnly = process.argv.includes('--report-only');
// Only the embedding model learns clinc150 everyday requests: the n-gram model lost more than it gained.
const everydayPerIntent = Number(process.env.EVERYDAY_PER_INTENT ?? (withEmbeddings ? 15 : 0));
const modelFile = new URL(
  `../../packages/models/src/${withEmbeddings ? 'safety-embedding-model' : 'safety-ngram-model'}.json`,
  import.meta.url,
);
// The money categories' threshold is placed on banking77-risk's tune part (below); the others were chosen on
// cross-validated figures before the tune/check protocol (stricter for categories learnt from few rows, looser for
// prompt injection, stricter for harmful requests because of XSTest's look-alikes).
const training = {
  dimensions: 1 << 17,
  epochs: 12,
  learningRate: 1,
  l2: 1e-6,
  threshold: 0.35,
  // Moderation's sexual, hate and violence rows are classes of their own, reported as harassment.
  classAliases: { sexual: 'harassment', hate: 'harassment', violence: 'harassment' },
  categoryThresholds: {
    legal_threat: 0.9,
    manipulation: 0.9,
    prompt_injection: 0.1,
    harmful_request: 0.8,
  },
};
// Thresholds apply to each category's own probability (decision 'category'): with 'unsafe' (1 − P(safe)) a little
// probability on each of several categories added up to a flag ("I want to end my subscription at the end of the
// month" as a financial dispute).
Object.assign(training, { decision: 'category' });
Object.assign(training.categoryThresholds, { harassment: 0.2, prompt_injection: 0.15, self_harm: 0.35, harmful_request: 0.9 });
if (withEmbeddings) {
  // L-BFGS to the optimum of the regularised loss, where SGD's steps on the dense block kept jittering.
  Object.assign(training, { embedder: { id: 'local:use-lite', weight: 1.5 }, optimizer: 'lbfgs', l2: 1e-5 });
}
// The false-positive budget the money threshold is placed under on banking77-risk's tune part (the goal is ≤ 0.05
// on unseen data; the margin absorbs the difference between parts).
const moneyFprBudget = Number(process.env.MONEY_FPR_BUDGET ?? 0.03);
// The same for manipulation, on benign look-alike templates held out inside the tune part (goal ≤ 0.10 unseen).
const manipulationFprBudget = Number(process.env.MANIPULATION_FPR_BUDGET ?? 0.05);

const overrides = process.argv.find((arg) => arg.startsWith('--set='));
if (overrides)
  for (const pair of overrides.slice('--set='.length).split(',')) {
    const [key, value] = pair.split('=');
    if (['fraud', 'financial_dispute', 'money'].includes(key) || key in training.categoryThresholds)
      training.categoryThresholds[key] = Number(value);
    else training[key] = Number(value);
  }

const cacheDir = process.env.SWITCHBOARD_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'switchboard');

/** Sets `row.embedding` (sentence-mean USE-lite) on every row, through the per-sentence file cache. */
async function attachEmbeddings(rows) {
  process.stderr.write(`sentence embeddings for ${rows.length} rows (cached in ${join(cacheDir, 'embeddings')})\n`);
  const embedder = createFileCachedEmbedder(createUseLiteEmbedder(), join(cacheDir, 'embeddings'));
  const vectors = await embedSentenceMeans(
    embedder,
    rows.map((row) => row.text),
  );
  rows.forEach((row, i) => (row.embedding = vectors[i]));
}

const toExamples = (rows) => rows.map((row) => ({ text: row.text, category: row.target, weight: row.weight, embedding: row.embedding }));

function filterWith(model) {
  const slot = withEmbeddings ? { embeddingModel: model } : { model };
  return createSafetyFilter({ ...slot, rules: defaultSafetyRules, signals: manipulationSignals, actions: defaultSafetyActions });
}

const judge = (filter, rows) =>
  rows.map((row) => ({
    label: row.label,
    category: row.family ?? row.category,
    flagged: filter.check(row.text, { embedding: row.embedding }).action !== 'continue',
  }));

/**
 * The money threshold with the highest recall on banking77-risk's tune part within the false-positive budget there,
 * and flagging at most 2% of clinc150's everyday requests as fraud or a dispute (other language must not read as one).
 */
function chooseMoneyThreshold(trained, rows, everyday) {
  let best = null;
  for (let threshold = 0.2; threshold <= 0.951; threshold += 0.05) {
    const categoryThresholds = { ...trained.categoryThresholds, fraud: threshold, financial_dispute: threshold };
    const filter = filterWith(toSafetyModel({ ...trained, categoryThresholds }));
    const metrics = scoreSafety(judge(filter, rows));
    if (metrics.false_positive_rate > moneyFprBudget) continue;
    const moneyFlags = everyday.filter((row) =>
      ['fraud', 'financial_dispute'].includes(filter.check(row.text, { embedding: row.embedding }).category),
    ).length;
    if (moneyFlags > 0.02 * everyday.length) continue;
    if (!best || metrics.recall > best.recall + 1e-9) best = { threshold: Number(threshold.toFixed(2)), ...metrics };
  }
  return best;
}

/**
 * The manipulation threshold, placed without looking at any check part: a 2-fold split *inside* the tune part of the
 * template probes (another seed) holds out whole templates, a model trained without each half scores it, and the
 * threshold with the highest recall within the false-positive budget on their benign look-alikes wins. (A single
 * 30% hold-out had only a few look-alike templates, too few to see the false-positive rate move.)
 */
function chooseManipulationThreshold(sets, trainRows) {
  const probes = sets.find((set) => set.name === 'manipulation-probes').rows.filter((row) => row.part === 'tune');
  const half = (row) => partOfGroup(row.template, { seed: 7, checkFraction: 0.5 });
  const thresholds = [];
  for (let threshold = 0.3; threshold <= 0.951; threshold += 0.05) thresholds.push(Number(threshold.toFixed(2)));
  const judged = new Map(thresholds.map((threshold) => [threshold, []]));
  for (const held of ['check', 'tune']) {
    const heldOut = (row) => row.template !== undefined && row.part === 'tune' && half(row) === held;
    const model = trainSafetyModel(toExamples(trainRows.filter((row) => !heldOut(row))), { ...training, random: seeded(99) });
    for (const threshold of thresholds) {
      const categoryThresholds = { ...model.categoryThresholds, manipulation: threshold };
      judged.get(threshold).push(...judge(filterWith(toSafetyModel({ ...model, categoryThresholds })), probes.filter(heldOut)));
    }
    process.stderr.write(`manipulation threshold: fold ${held === 'check' ? 1 : 2}/2 done\n`);
  }
  let best = null;
  for (const threshold of thresholds) {
    const metrics = scoreSafety(judged.get(threshold));
    console.log(`manipulation ${threshold.toFixed(2)}: recall ${metrics.recall.toFixed(4)} fpr ${metrics.false_positive_rate.toFixed(4)}`);
    if (metrics.false_positive_rate > manipulationFprBudget) continue;
    if (!best || metrics.recall > best.recall + 1e-9) best = { threshold, ...metrics };
  }
  return best;
}

const format = (value) => (value === null || value === undefined ? '   -  ' : value.toFixed(4));

function report(filter, sets) {
  console.log('\nset                        part   rows   recall  precision  f1      fpr     per category');
  for (const set of sets) {
    for (const part of ['train', 'tune', 'check']) {
      const rows = set.rows.filter((row) => row.part === part);
      if (rows.length === 0) continue;
      const m = scoreSafety(judge(filter, rows));
      const trained = set.trainOn === 'all' || (set.trainOn === 'tune' && part === 'tune') ? '*' : ' ';
      console.log(
        `${set.name.padEnd(27)}${(part + trained).padEnd(7)}${String(rows.length).padEnd(7)}${format(m.recall)}  ${format(m.precision)}     ${format(m.f1)}  ${format(m.false_positive_rate)}  ${JSON.stringify(m.per_category)}`,
      );
    }
  }
  console.log('(* = trained on)');
}

const sets = loadSafetySets({ everydayPerIntent });
if (withEmbeddings) await attachEmbeddings(sets.flatMap((set) => set.rows));
const trainRows = sets.flatMap((set) =>
  set.trainOn === 'all' ? set.rows : set.trainOn === 'tune' ? set.rows.filter((row) => row.part === 'tune') : [],
);
if (process.argv.includes('--choose-manipulation-threshold')) {
  const manipulation = chooseManipulationThreshold(sets, trainRows);
  console.log(`manipulation threshold on held-out tune templates: ${JSON.stringify(manipulation)}`);
  training.categoryThresholds.manipulation = manipulation.threshold;
}
process.stderr.write(`training on ${trainRows.length} rows\n`);
const started = performance.now();
let trained = trainSafetyModel(toExamples(trainRows), { ...training, random: seeded(99) });
process.stderr.write(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
const bankingTune = sets.find((set) => set.name === 'banking77-risk').rows.filter((row) => row.part === 'tune');
if (!('fraud' in training.categoryThresholds)) {
  const money = chooseMoneyThreshold(trained, bankingTune, sets.find((set) => set.name === 'clinc150-everyday').rows);
  console.log(`money threshold on banking77-risk tune: ${JSON.stringify(money)}`);
  trained = {
    ...trained,
    categoryThresholds: { ...trained.categoryThresholds, fraud: money.threshold, financial_dispute: money.threshold },
  };
}
report(filterWith(toSafetyModel(trained)), sets);
if (!reportOnly) {
  const data = serializeSafetyModel(
    trained,
    sets.filter((set) => set.trainOn !== 'none').map((set) => `${set.name} (${set.trainOn === 'all' ? 'all' : 'tune part'})`),
  );
  const path = fileURLToPath(modelFile);
  writeFileSync(path, await prettier.format(JSON.stringify(data), { ...(await prettier.resolveConfig(path)), filepath: path }));
  console.log(`wrote ${path} (classes ${data.classes.join(', ')})`);
}
