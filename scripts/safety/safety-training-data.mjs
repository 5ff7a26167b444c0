// The safety model's training and evaluation data, each file split into a tune part (trained and tuned on) and a
// check part (scored only) by core's tuneCheckSplit. Train splits of public datasets are used whole for training.
import { existsSync, readFileSync } from 'node:fs';
import { defaultGroupKey, partOfGroup } from '@switchboard/core';

const shared = new URL('../../../shared/data/', import.meta.url);
const own = new URL('../../data/safety/', import.meta.url);

export function readJsonl(url) {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

/** Seeded PRNG (mulberry32) so models are reproducible. */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Public categories folded into ours: abuse, hate, sexual and violent content aimed at people is harassment.
// The embedding model learns moderation's sexual, hate and violence rows as classes of their own (reported as
// harassment): one merged class of very different content learns worse.
const splitModeration = new Set(['sexual', 'hate', 'violence']);
const publicDevFiles = {
  convabuse: { target: () => 'harassment', group: (row) => defaultGroupKey(row.text) },
  'openai-moderation': {
    target: (row) => (row.category === 'self_harm' ? 'self_harm' : splitModeration.has(row.category) ? row.category : 'harassment'),
    group: (row) => defaultGroupKey(row.text),
    weight: 8,
  },
  'cyberseceval-prompt-injection': { target: () => 'prompt_injection', group: (row) => defaultGroupKey(row.text) },
  // One behaviour appears as a plain request and inside several jailbreak wrappers: they stay in one part.
  jailbreakbench: {
    target: (row) => (row.category === 'jailbreak' ? 'prompt_injection' : 'harmful_request'),
    group: (row) => row.behavior ?? defaultGroupKey(row.text),
  },
  xstest: { target: () => 'harmful_request', group: (row) => defaultGroupKey(row.text) },
};

// banking77's risk mapping (../shared/data/safety/banking77-risk/SOURCE.md), applied to its train split.
export const bankingRiskIntents = {
  compromised_card: 'fraud',
  lost_or_stolen_card: 'fraud',
  lost_or_stolen_phone: 'fraud',
  card_payment_not_recognised: 'fraud',
  cash_withdrawal_not_recognised: 'fraud',
  direct_debit_payment_not_recognised: 'fraud',
  transaction_charged_twice: 'financial_dispute',
  extra_charge_on_statement: 'financial_dispute',
  wrong_amount_of_cash_received: 'financial_dispute',
  card_payment_wrong_exchange_rate: 'financial_dispute',
  wrong_exchange_rate_for_cash_withdrawal: 'financial_dispute',
};

const withPart = (rows, group) => rows.map((row) => ({ ...row, part: partOfGroup(group(row)) }));

/** Every set: `rows` carry {text, label, category, target, weight, part}; `train` rows are a train split used whole. */
export function loadSafetySets({ everydayPerIntent, templates }) {
  const sets = [];
  for (const [name, file] of Object.entries(publicDevFiles)) {
    const rows = readJsonl(new URL(`safety/${name}/dev.jsonl`, shared)).map((row) => ({
      ...row,
      target: row.label === 'unsafe' ? file.target(row) : null,
      weight: file.weight ?? 1,
    }));
    sets.push({ name, rows: withPart(rows, file.group), trainOn: 'tune' });
  }
  const inHouse = readJsonl(new URL('support-manipulation.jsonl', own)).map((row) => ({
    ...row,
    target: row.label === 'unsafe' ? row.category : null,
    weight: 3,
  }));
  sets.push({ name: 'in-house', rows: withPart(inHouse, (row) => defaultGroupKey(row.text)), trainOn: 'tune' });
  const benignFile = new URL('benign-support.jsonl', own);
  if (existsSync(benignFile)) {
    const benign = readJsonl(benignFile).map((row) => ({ ...row, target: null, weight: 2 }));
    sets.push({ name: 'benign-support', rows: withPart(benign, (row) => row.group ?? defaultGroupKey(row.text)), trainOn: 'tune' });
  }
  if (templates) sets.push({ name: 'manipulation-templates', rows: templates, trainOn: 'tune' });
  // banking77-risk dev is never trained on: its tune part places the money thresholds, its check part is reported.
  const bankingDev = readJsonl(new URL('safety/banking77-risk/dev.jsonl', shared)).map((row) => ({ ...row, target: null, weight: 0 }));
  sets.push({ name: 'banking77-risk', rows: withPart(bankingDev, (row) => defaultGroupKey(row.text)), trainOn: 'none' });
  const bankingTrain = readJsonl(new URL('intent/banking77/train.jsonl', shared)).map((row) => {
    const target = bankingRiskIntents[row.label] ?? null;
    return { text: row.text, label: target ? 'unsafe' : 'safe', category: target ?? 'none', target, weight: 1, part: 'train' };
  });
  sets.push({ name: 'banking77-train-risk', rows: bankingTrain, trainOn: 'all' });
  if (everydayPerIntent > 0)
    sets.push({ name: 'clinc150-everyday', rows: everydayRequests('train.jsonl', everydayPerIntent, 'train'), trainOn: 'all' });
  sets.push({ name: 'clinc150-everyday-dev', rows: everydayRequests('dev.jsonl', Infinity, 'check'), trainOn: 'none' });
  return sets;
}

const everydayExcludedDomains = new Set(['banking', 'credit_cards', 'oos']);

/**
 * Benign everyday requests as safe rows: clinc150 assistant commands ("i want you to turn the tv on", "change your
 * name to fred"), which the public safety files have almost none of and which the model otherwise reads as
 * harassment or injection. Banking and credit-card domains are left out; `perIntent` rows per intent, seeded.
 */
function everydayRequests(file, perIntent, part) {
  const byIntent = new Map();
  for (const row of readJsonl(new URL(`intent/clinc150/${file}`, shared))) {
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
      .map(({ row }) => ({ text: row.text, label: 'safe', category: 'none', target: null, weight: 1, part })),
  );
}
