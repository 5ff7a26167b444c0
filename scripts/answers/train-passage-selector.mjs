#!/usr/bin/env node
/**
 * Trains the extractive composer's passage selector (packages/models/src/passage-selector-model.json).
 *
 * For every emanual-smarttv dev question in the *tune* part (grouped by gold section, so paraphrases of one question
 * never straddle the parts), the pipeline's own retrieval picks the best section and every passage it could answer
 * with is scored by ROUGE-L against the expert answer. A listwise linear model learns to put the best passage first.
 * The *check* part is only scored. Run after `npx tsc -b tsconfig.build.json`:
 *
 *   node scripts/answers/train-passage-selector.mjs [--data ../shared/data/retrieval/emanual-smarttv] [--report-only]
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '@switchboard/config';
import { passageFeatureNames, sectionPassages, weightedQuery } from '@switchboard/core/answer';
import { partOfGroup, rougeL } from '@switchboard/core/evaluation';
import { listwiseObjective, minimizeLbfgs } from '@switchboard/core/optimize';
import { readBeirQrels, readBeirQueries } from '@switchboard/ingest';
import * as prettier from 'prettier';
import { buildRetriever, createQueryRewriting, loadBeirChunks, readBeirAnswers } from '@switchboard/evaluation';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dataDir = option('--data', fileURLToPath(new URL('../../../shared/data/retrieval/emanual-smarttv', import.meta.url)));
const reportOnly = args.includes('--report-only');
const temperature = 0.1;
// Temperature and l2 chosen by two-fold cross-validation inside the tune part (0.1 and 0.1 of {0.03, 0.1, 0.3} × {0.001, 0.01, 0.1}).
const l2 = 0.1;
/** The composer's sections (answer.maxChunks): each one's passages make a tune list. */
const listsPerQuestion = 3;
const out = fileURLToPath(new URL('../../packages/models/src/passage-selector-model.json', import.meta.url));

/** One list per question: the top section's passages with their features and ROUGE-L gains. */
export async function passageLists(dir) {
  const config = parseConfig('');
  const queries = readBeirQueries(dir);
  const qrels = readBeirQrels(dir, 'dev');
  const answers = readBeirAnswers(dir);
  const { chunks } = await loadBeirChunks(dir, config);
  const retriever = await buildRetriever(config, chunks, { quiet: true });
  const rewriting = createQueryRewriting(retriever);
  const lists = [];
  for (const [queryId, judgements] of qrels) {
    const query = queries.get(queryId);
    const reference = answers.get(queryId);
    if (!query || reference === undefined) continue;
    const part = partOfGroup([...judgements.keys()].sort().join(' '));
    const question = rewriting.rewrite(query).query;
    const hits = await retriever.retrieve({ query: question, limit: config.retrieval.topK, unit: 'section' });
    if (hits.length === 0) continue;
    const weighted = weightedQuery(question, (term) => retriever.lexical.idf(term));
    // The top section is what the composer answers from; the next sections' passages are extra tune lists (scored
    // against the same reference), never counted in the figures.
    hits.slice(0, listsPerQuestion).forEach((hit, rank) => {
      const { passages } = sectionPassages(question, weighted, hit, hits[0].score);
      if (passages.length === 0) return;
      lists.push({
        queryId,
        part,
        rank,
        rows: passages.map((passage) => passage.features),
        gains: passages.map((passage) => rougeL(passage.units.map((unit) => unit.text).join(' '), reference).f1),
      });
    });
  }
  return lists;
}

function standardisation(lists) {
  const rows = lists.flatMap((list) => list.rows);
  const width = rows[0].length;
  const mean = new Array(width).fill(0);
  const spread = new Array(width).fill(0);
  for (const row of rows) row.forEach((value, f) => (mean[f] += value / rows.length));
  for (const row of rows) row.forEach((value, f) => (spread[f] += (value - mean[f]) ** 2 / rows.length));
  return { mean, spread: spread.map((v) => Math.sqrt(v) || 1) };
}

function chosenGain(list, weights) {
  let best = -Infinity;
  let gain = 0;
  list.rows.forEach((row, i) => {
    const score = row.reduce((sum, value, f) => sum + value * weights[f], 0);
    if (score > best) [best, gain] = [score, list.gains[i]];
  });
  return gain;
}

const mean = (values) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);

async function main() {
  const lists = await passageLists(dataDir);
  const tune = lists.filter((list) => list.part === 'tune');
  const { mean: mu, spread } = standardisation(tune);
  const scaled = tune.map((list) => ({ rows: list.rows.map((row) => row.map((v, f) => (v - mu[f]) / spread[f])), gains: list.gains }));
  const features = passageFeatureNames.length;
  const fitted = minimizeLbfgs(listwiseObjective(scaled, features, temperature, l2), new Float64Array(features), {
    maxIterations: 300,
  });
  // Fold the standardisation into the weights so the composer scores raw features.
  const weights = [...fitted.x].map((w, f) => w / spread[f]);
  const bias = -[...fitted.x].reduce((sum, w, f) => sum + (w * mu[f]) / spread[f], 0);
  for (const part of ['tune', 'check']) {
    const chosen = lists.filter((list) => list.part === part && list.rank === 0);
    const oracle = mean(chosen.map((list) => Math.max(...list.gains)));
    const whole = mean(
      chosen.map((list) => list.gains[list.rows.findIndex((row) => row[8] === 1 && row[9] === 1 && row[22] === 0 && row[23] === 0)] ?? 0),
    );
    console.log(
      `${part}: ${chosen.length} questions; top section's passage ROUGE-L chosen ${mean(chosen.map((list) => chosenGain(list, weights))).toFixed(4)}, ` +
        `whole section ${whole.toFixed(4)}, best possible ${oracle.toFixed(4)}`,
    );
  }
  console.log(`L-BFGS: ${fitted.iterations} iterations, loss ${fitted.loss.toFixed(4)}`);
  if (reportOnly) return;
  const model = {
    trainedOn: `emanual-smarttv dev, tune part (${new Set(tune.map((list) => list.queryId)).size} questions, top ${listsPerQuestion} sections each); listwise, temperature ${temperature}, l2 ${l2}`,
    features: [...passageFeatureNames],
    weights: weights.map((w) => Number(w.toPrecision(6))),
    bias: Number(bias.toPrecision(6)),
  };
  writeFileSync(out, await prettier.format(JSON.stringify(model), { ...(await prettier.resolveConfig(out)), filepath: out }));
  console.log(`wrote ${out}`);
}

await main();
