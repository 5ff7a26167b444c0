#!/usr/bin/env node
// Intent classification: Switchboard's classifier (TF-IDF + USE-lite sentence features, softmax regression) beside
// NLP.js (@nlpjs/nlp, its default neural NLU) on the same train→dev splits: accuracy and training time.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { intentMetrics, stratifiedSplit, trainIntentClassifier } from '@switchboard/core/intent';
import { createSifEmbedder, createUseLiteEmbedder, loadWordVectors } from '@switchboard/providers';

const require = createRequire(import.meta.url);
const { Nlp } = require('@nlpjs/nlp');
const { LangEn } = require('@nlpjs/lang-en-min');

const data = new URL('../../../shared/data/intent/', import.meta.url);
const read = (path) =>
  readFileSync(new URL(path, data), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .filter((row) => row.text && row.label)
    .map(({ text, label }) => ({ text, label }));

/** HINT3 has no dev split: 20% of each label of v1 train, with the same seeded split the classifier uses (seed 13). */
function hint3(bot) {
  const rows = read(`hint3/v1/${bot}/train.jsonl`);
  const split = stratifiedSplit(
    rows.map((row) => row.label),
    0.2,
    13,
  );
  return { train: split.kept.map((i) => rows[i]), dev: split.heldOut.map((i) => rows[i]) };
}

const sets = [
  { name: 'banking77', runs: 1, ...{ train: read('banking77/train.jsonl'), dev: read('banking77/dev.jsonl') } },
  { name: 'clinc150', runs: 1, ...{ train: read('clinc150/train.jsonl'), dev: read('clinc150/dev.jsonl') } },
  ...['sofmattress', 'curekart', 'powerplay11'].map((bot) => ({ name: `hint3 ${bot}`, runs: 3, ...hint3(bot) })),
];

const cacheDir = process.env.SWITCHBOARD_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'switchboard');
// BENCH_INTENT_EMBEDDER=local:glove-100d-sif measures the lighter fallback embedder instead;
// BENCH_USE_LITE_ENGINE=tensorflow runs USE-lite on its TensorFlow.js fallback engine instead of ONNX Runtime.
const embedder =
  process.env.BENCH_INTENT_EMBEDDER === 'local:glove-100d-sif'
    ? createSifEmbedder(loadWordVectors(cacheDir, { onProgress: (message) => console.log(message) }))
    : createUseLiteEmbedder({ engine: process.env.BENCH_USE_LITE_ENGINE ?? 'auto' });
const embed = async (texts) => ({ embedderId: embedder.id, dimensions: embedder.dimensions, vectors: await embedder.embed(texts) });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function runSwitchboard({ train, dev }) {
  const started = performance.now();
  const embeddings = await embed(train.map((row) => row.text));
  const fitStarted = performance.now();
  const classifier = trainIntentClassifier(train, {}, embeddings);
  const seconds = (performance.now() - started) / 1000;
  const fitSeconds = (performance.now() - fitStarted) / 1000;
  const vectors = (await embed(dev.map((row) => row.text))).vectors;
  const predictions = dev.map((row, i) => {
    const prediction = classifier.predict(row.text, 1, vectors[i]);
    const top = prediction.probabilities[0];
    return { gold: row.label, predicted: prediction.label, topProbability: top.probability, topLabel: top.label };
  });
  return { seconds, fitSeconds, metrics: intentMetrics(predictions, 'oos') };
}

/** NLP.js has no out-of-scope class: `oos` rows are left out of training and its "None" (score < 0.5) counts as oos. */
async function runNlpJs({ train, dev }) {
  const nlp = new Nlp({ languages: ['en'], autoSave: false, autoLoad: false, nlu: { log: false }, calculateSentiment: false });
  nlp.use(LangEn);
  for (const row of train) if (row.label !== 'oos') nlp.addDocument('en', row.text, row.label);
  const started = performance.now();
  await nlp.train();
  const seconds = (performance.now() - started) / 1000;
  const predictions = [];
  for (const row of dev) {
    const result = await nlp.process('en', row.text);
    const predicted = result.intent === 'None' ? 'oos' : result.intent;
    predictions.push({ gold: row.label, predicted, topProbability: result.score ?? 0, topLabel: predicted });
  }
  return { seconds, metrics: intentMetrics(predictions, 'oos') };
}

async function measure(run, set) {
  const results = [];
  for (let k = 0; k < set.runs; k++) results.push(await run(set));
  return {
    seconds: median(results.map((result) => result.seconds)),
    fitSeconds: results[0].fitSeconds === undefined ? undefined : median(results.map((result) => result.fitSeconds)),
    metrics: results[0].metrics,
  };
}

const fixed = (value, digits = 4) => (value === undefined ? '–' : value.toFixed(digits));
console.log(
  `intent classification (${embedder.id}), train → dev; training seconds are the median of the runs (embedding included; SB fit s = without embedding, what a retrain with cached vectors costs)`,
);
console.log(
  'set | runs | SB acc | SB in-scope | SB oos rec | SB macro-F1 | SB ECE | SB train s | SB fit s | NLP.js acc | NLP.js in-scope | NLP.js oos rec | NLP.js train s | acc ratio | train-time ratio (NLP.js / SB)',
);
for (const set of sets) {
  const ours = await measure(runSwitchboard, set);
  const theirs = await measure(runNlpJs, set);
  const a = ours.metrics;
  const b = theirs.metrics;
  console.log(
    [
      `${set.name} (${set.train.length}→${set.dev.length})`,
      set.runs,
      fixed(a.accuracy),
      fixed(a.in_scope_accuracy),
      fixed(a.oos_recall, 3),
      fixed(a.macro_f1),
      fixed(a.ece),
      fixed(ours.seconds, 2),
      fixed(ours.fitSeconds, 2),
      fixed(b.accuracy),
      fixed(b.in_scope_accuracy),
      fixed(b.oos_recall, 3),
      fixed(theirs.seconds, 2),
      fixed(a.accuracy / b.accuracy, 3),
      fixed(theirs.seconds / ours.seconds, 2),
    ].join(' | '),
  );
}
if (embedder.engine) console.log(`USE-lite engine: ${embedder.engine}`);
