#!/usr/bin/env node
/**
 * Trains the extractive composer's answerability model (packages/models/src/answerability-models.json).
 *
 * Each dev question of emanual-smarttv, stackfaq and dstc11-track5 in the *tune* part (grouped by gold documents) gives
 * two examples: the composer's plan with the full index (answerable when the top section is a gold one) and its plan
 * with the gold documents removed from the index (not answerable: the knowledge does not hold the answer). A logistic
 * model learns which is which; the decline threshold is the lowest probability at which the tune part's answered
 * questions are answerable at the stated precision. The *check* part is only scored. After a build:
 *
 *   node scripts/answers/train-answerability.mjs [--precision 0.42] [--min-recall 0.95] [--report-only]
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '@switchboard/config';
import { answerabilityFeatureNames, planAnswer } from '@switchboard/core/answer';
import { partOfGroup } from '@switchboard/core/evaluation';
import { minimizeLbfgs } from '@switchboard/core/optimize';
import { entityTagPrefix } from '@switchboard/core/rewrite';
import { readBeirQrels, readBeirQueries } from '@switchboard/ingest';
import { shippedAnswerModels } from '@switchboard/models';
import * as prettier from 'prettier';
import { buildRetriever, createQueryRewriting, loadBeirChunks } from '@switchboard/evaluation';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dataRoot = option('--data', fileURLToPath(new URL('../../../shared/data/retrieval', import.meta.url)));
const targetPrecision = Number(option('--precision', '0.42'));
const minRecall = Number(option('--min-recall', '0.95'));
const reportOnly = args.includes('--report-only');
const datasets = ['emanual-smarttv', 'stackfaq', 'dstc11-track5'];
/** Questions per dataset, so the largest set does not drown the others. */
const perDataset = 300;
const l2 = 0.01;
const out = fileURLToPath(new URL('../../packages/models/src/answerability-models.json', import.meta.url));

/** Tune/check part of every judged dev question of every dataset, so a question keeps its part wherever it is asked. */
function judgedQuestions(name) {
  const dir = `${dataRoot}/${name}`;
  const queries = readBeirQueries(dir);
  const judged = [...readBeirQrels(dir, 'dev').entries()].filter(([id]) => queries.has(id));
  // An even spread over the file, the same every run.
  const step = Math.max(1, judged.length / perDataset);
  const picked = [];
  for (let k = 0; k < judged.length && picked.length < perDataset; k += step) {
    const [queryId, judgements] = judged[Math.floor(k)];
    const gold = new Set([...judgements].filter(([, grade]) => grade > 0).map(([id]) => id));
    picked.push({ dataset: name, queryId, query: queries.get(queryId), gold, part: partOfGroup([...gold].sort().join(' ')) });
  }
  return picked;
}

/**
 * Examples on one dataset's index: its own questions (answerable when the composer's section is a gold one; when a
 * gold document is retrieved but not first, the example is left out: that is retrieval's error, not the question's),
 * the same questions with their gold documents removed, and other datasets' questions (not answerable here).
 */
async function examples(name, questions) {
  const dir = `${dataRoot}/${name}`;
  const config = parseConfig('');
  const { chunks } = await loadBeirChunks(dir, config);
  const retriever = await buildRetriever(config, chunks, { quiet: true });
  const rewriting = createQueryRewriting(retriever);
  const weight = (term) => retriever.lexical.idf(term);
  const rows = [];
  const foreign = questions.filter((q) => q.dataset !== name);
  const own = questions.filter((q) => q.dataset === name);
  const asked = [
    ...own.flatMap((q) => [
      { ...q, removed: false },
      { ...q, removed: true },
    ]),
    ...foreign.filter((_, i) => i % 4 === 0).map((q) => ({ ...q, removed: false, foreign: true })),
  ];
  for (const q of asked) {
    const rewritten = rewriting.rewrite(q.query);
    const entities = new Set(rewritten.entities.map((entity) => `${entityTagPrefix}${entity}`));
    const inEntity = (chunk) => entities.size === 0 || chunk.document.tags.some((tag) => entities.has(tag));
    const accept = (chunk) => inEntity(chunk) && !(q.removed && q.gold.has(chunk.documentId));
    for (const mode of ['hybrid', 'lexical']) {
      const hits = await retriever.retrieve({ query: rewritten.query, limit: config.retrieval.topK, unit: 'section', accept, mode });
      const plan = planAnswer(rewritten.query, hits, weight, { maxChunks: config.answer.maxChunks, models: shippedAnswerModels });
      if (!plan) continue;
      let label = 0;
      if (!q.foreign && !q.removed) {
        if (q.gold.has(plan.parts[0].hit.chunk.documentId)) label = 1;
        else if (hits.some((hit) => q.gold.has(hit.chunk.documentId))) continue;
      }
      const removed = q.removed || Boolean(q.foreign);
      rows.push({ dataset: name, mode, queryId: q.queryId, part: q.part, removed, label, features: plan.answerability });
    }
  }
  console.log(`${name}: ${rows.length} examples`);
  return rows;
}

function fitLogistic(rows) {
  const width = rows[0].features.length;
  const mean = new Array(width).fill(0);
  const spread = new Array(width).fill(0);
  for (const row of rows) row.features.forEach((v, f) => (mean[f] += v / rows.length));
  for (const row of rows) row.features.forEach((v, f) => (spread[f] += (v - mean[f]) ** 2 / rows.length));
  const sd = spread.map((v) => Math.sqrt(v) || 1);
  const scaled = rows.map((row) => row.features.map((v, f) => (v - mean[f]) / sd[f]));
  // Parameters: weights then bias; mean log-loss + λ/2·‖w‖².
  const objective = (x, gradient) => {
    gradient.fill(0);
    let loss = 0;
    scaled.forEach((features, i) => {
      const z = features.reduce((sum, v, f) => sum + v * x[f], x[width]);
      const p = 1 / (1 + Math.exp(-z));
      const y = rows[i].label;
      loss -= y * Math.log(Math.max(p, 1e-12)) + (1 - y) * Math.log(Math.max(1 - p, 1e-12));
      features.forEach((v, f) => (gradient[f] += (p - y) * v));
      gradient[width] += p - y;
    });
    for (let f = 0; f <= width; f += 1) gradient[f] /= rows.length;
    for (let f = 0; f < width; f += 1) gradient[f] += l2 * x[f];
    return loss / rows.length + (l2 / 2) * x.slice(0, width).reduce((sum, v) => sum + v * v, 0);
  };
  const { x } = minimizeLbfgs(objective, new Float64Array(width + 1), { maxIterations: 500 });
  const weights = [...x.slice(0, width)].map((w, f) => w / sd[f]);
  const bias = x[width] - [...x.slice(0, width)].reduce((sum, w, f) => sum + (w * mean[f]) / sd[f], 0);
  return { weights, bias };
}

const probability = (model, features) => 1 / (1 + Math.exp(-features.reduce((sum, v, f) => sum + v * model.weights[f], model.bias)));

function report(rows, model, threshold, label, score = (row) => probability(model, row.features)) {
  const answered = rows.filter((row) => score(row) >= threshold);
  const full = rows.filter((row) => !row.removed);
  const removed = rows.filter((row) => row.removed);
  const rate = (list) => (list.length === 0 ? 0 : list.filter((row) => score(row) >= threshold).length / list.length);
  const precision = answered.length === 0 ? 0 : answered.filter((row) => row.label === 1).length / answered.length;
  console.log(
    `${label}: precision ${precision.toFixed(3)}; answer rate with the gold passage in the index ${rate(full).toFixed(3)}, ` +
      `of answerable ones ${rate(full.filter((row) => row.label === 1)).toFixed(3)}; with it removed ${rate(removed).toFixed(3)} (${rows.length} examples)`,
  );
}

/** Fits one mode's model and sets its operating point on the tune part. */
function train(rows, mode) {
  const tune = rows.filter((row) => row.part === 'tune');
  const model = fitLogistic(tune);
  // The threshold is set on the tune part for a stated precision: the lowest probability at which the answered
  // questions are answerable at `targetPrecision` — but never so high that fewer than `minRecall` of the answerable
  // questions are answered (declining what the knowledge does answer is the costlier error for a support team).
  const scored = tune.map((row) => ({ p: probability(model, row.features), label: row.label })).sort((a, b) => b.p - a.p);
  const answerable = scored.filter((row) => row.label === 1).length;
  let threshold = 1;
  let correct = 0;
  let recallThreshold = 1;
  scored.forEach((row, i) => {
    correct += row.label;
    if (correct / (i + 1) >= targetPrecision) threshold = row.p;
    if (correct / answerable <= minRecall) recallThreshold = row.p;
  });
  threshold = Number(Math.min(threshold, recallThreshold).toFixed(3));
  console.log(`${mode}: threshold ${threshold} on the tune part (precision ≥ ${targetPrecision}, answering ≥ ${minRecall} of answerable)`);
  for (const part of ['tune', 'check']) {
    for (const name of datasets)
      report(
        rows.filter((row) => row.part === part && row.dataset === name),
        model,
        threshold,
        `${mode} ${part} ${name}`,
      );
    report(
      rows.filter((row) => row.part === part),
      model,
      threshold,
      `${mode} ${part} all`,
    );
    // The rule this model replaces: the share of the question's weighted terms in the top section, declining below 0.45.
    report(
      rows.filter((row) => row.part === part),
      model,
      0.45,
      `${mode} ${part} all, term-coverage rule`,
      (row) => row.features[0],
    );
  }
  // Shift the bias so that 0.5 is the operating point: logit(p) − logit(threshold).
  const shifted = model.bias - Math.log(threshold / (1 - threshold));
  return {
    trainedOn: `${datasets.join(', ')} dev, tune parts, ${mode} retrieval (${tune.length} examples); 0.5 = probability ${threshold}: precision ≥ ${targetPrecision} and ≥ ${minRecall} of answerable questions answered on tune`,
    features: [...answerabilityFeatureNames],
    weights: model.weights.map((w) => Number(w.toPrecision(6))),
    bias: Number(shifted.toPrecision(6)),
  };
}

async function main() {
  const questions = datasets.flatMap(judgedQuestions);
  const rows = [];
  for (const name of datasets) rows.push(...(await examples(name, questions)));
  if (option('--dump', null)) writeFileSync(option('--dump', null), JSON.stringify(rows));
  const models = {
    dense: train(
      rows.filter((row) => row.mode === 'hybrid'),
      'hybrid',
    ),
    lexical: train(
      rows.filter((row) => row.mode === 'lexical'),
      'lexical',
    ),
  };
  if (reportOnly) return;
  // With dense retrieval signals (hybrid) and without (lexical only); each reads 0.5 at its tuned operating point.
  writeFileSync(out, await prettier.format(JSON.stringify(models), { ...(await prettier.resolveConfig(out)), filepath: out }));
  console.log(`wrote ${out}`);
}

await main();
