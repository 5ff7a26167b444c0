/** The first pipeline stage: rules and the trained model decide a message's category and its action. */
import { defaultSafetyMessages, safetyCategories, type SafetyAction, type SafetyActionMap } from './safety-categories.js';
import type { SafetyModel, SafetyPrediction } from './safety-model.js';
import type { SafetyRule } from './rules/safety-rule.js';
import type { ManipulationSignals } from './manipulation-signals.js';
import type { SpellingCorrector } from '../rewrite/spelling-corrector.js';

export interface SafetyFilterOptions {
  /** The trained n-gram classifier; without one only the rules decide. */
  readonly model?: SafetyModel | null;
  /**
   * A classifier that also reads the message's sentence-mean embedding; used instead of `model` when `check` is
   * given an embedding, so the filter still works (on n-grams alone) when the embedder is down.
   */
  readonly embeddingModel?: SafetyModel | null;
  readonly rules: readonly SafetyRule[];
  /** Category → action; categories left out continue. */
  readonly actions: SafetyActionMap;
  /** Overrides the model's own decision thresholds (global and per category) on P(unsafe). */
  readonly threshold?: number;
  /**
   * Defence in depth against manipulation, independent of the classifier: a message the signals flag (a request for
   * someone else's data, or a money ask with claimed authority, a promise, a policy, a threat or an override) is
   * `manipulation`.
   */
  readonly signals?: ((text: string) => ManipulationSignals) | null;
  /** Category → message to show with the action (the self-harm resources message by default). */
  readonly messages?: Readonly<Partial<Record<string, string>>>;
  /**
   * Reads misspelt safety words as meant (safety-term-spelling.ts). When the message as written is safe, the rules
   * look again at the corrected text; only a rule (never the model) may then flag it, and `matchedRules` names each
   * correction as `spelling:<from>-><to>`.
   */
  readonly spelling?: SpellingCorrector | null;
}

export interface SafetyCheck {
  /** The detected category, or null when the message looks safe. */
  readonly category: string | null;
  readonly action: SafetyAction;
  /** 1 when a category rule matched; otherwise the model's probability that the message is unsafe. */
  readonly score: number;
  /** Ids of every rule that matched, `allow/…` and `retract/…` rules included. */
  readonly matchedRules: string[];
  /** Text to show the person alongside the action, when the category has one. */
  readonly message: string | null;
  /** Which model scored the message: 'embedding', 'ngram', or null when a rule decided or there is no model. */
  readonly model: 'embedding' | 'ngram' | null;
}

export interface SafetyCheckOptions {
  /** The message's sentence-mean embedding from `embeddingEmbedderId` (see safetySentences). */
  readonly embedding?: Float32Array | null;
}

export interface SafetyFilter {
  /** The embedder whose sentence-mean vector `check` can use, or null when the filter has no embedding model. */
  readonly embedderId: string | null;
  check(text: string, options?: SafetyCheckOptions): SafetyCheck;
}

const precedence: readonly string[] = safetyCategories;
const rank = (category: string): number => (precedence.includes(category) ? precedence.indexOf(category) : precedence.length);
const isCategoryRule = (rule: SafetyRule): boolean => rule.category !== 'allow' && rule.category !== 'retract';

/** The text after the last self-correction ("…? no — how do I…"), or null when there is none. */
function afterRetraction(text: string, rules: readonly SafetyRule[]): { tail: string; ids: string[] } | null {
  let end = -1;
  const ids: string[] = [];
  for (const rule of rules.filter((candidate) => candidate.category === 'retract')) {
    const global = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      if (!ids.includes(rule.id)) ids.push(rule.id);
      end = Math.max(end, match.index + match[0].length);
    }
  }
  const tail = end < 0 ? '' : text.slice(end).trim();
  return tail.length > 0 ? { tail, ids } : null;
}

/** The category the model flags under its decision rule, or null. */
function flaggedCategory(model: SafetyModel, prediction: SafetyPrediction, thresholdOf: (category: string) => number): string | null {
  if (model.decision === 'unsafe') return prediction.unsafe >= thresholdOf(prediction.category) ? prediction.category : null;
  let best: string | null = null;
  for (const [category, probability] of Object.entries(prediction.categoryProbabilities)) {
    if (probability >= thresholdOf(category) && (best === null || probability > prediction.categoryProbabilities[best]!)) best = category;
  }
  return best;
}

export function createSafetyFilter(options: SafetyFilterOptions): SafetyFilter {
  const ngramModel = options.model ?? null;
  const embeddingModel = options.embeddingModel ?? null;
  const thresholdFor = (model: SafetyModel, category: string): number =>
    options.threshold ?? model.categoryThresholds[category] ?? model.threshold;
  const messages = options.messages ?? defaultSafetyMessages;
  const actionOf = (category: string | null): SafetyAction => (category === null ? 'continue' : (options.actions[category] ?? 'continue'));
  const decide = (category: string | null, score: number, matchedRules: string[], model: SafetyCheck['model'] = null): SafetyCheck => ({
    category,
    action: actionOf(category),
    score,
    matchedRules,
    message: category === null ? null : (messages[category] ?? null),
    model,
  });
  const matching = (text: string): SafetyRule[] =>
    options.rules.filter((rule) => isCategoryRule(rule) || rule.category === 'allow').filter((rule) => rule.pattern.test(text));
  const spelling = options.spelling ?? null;
  return {
    embedderId: embeddingModel?.embedderId ?? null,
    check(text: string, checkOptions: SafetyCheckOptions = {}): SafetyCheck {
      const asWritten = checkText(text, checkOptions);
      if (asWritten.category !== null || !spelling) return asWritten;
      const { corrected, corrections } = spelling.correct(text);
      if (corrections.length === 0) return asWritten;
      const asMeant = checkText(corrected, { embedding: null });
      if (asMeant.category === null || asMeant.model !== null) return asWritten;
      return { ...asMeant, matchedRules: [...asMeant.matchedRules, ...corrections.map(({ from, to }) => `spelling:${from}->${to}`)] };
    },
  };

  /** The rules, the manipulation signals and the model on one text. */
  function checkText(text: string, checkOptions: SafetyCheckOptions): SafetyCheck {
    let matched = matching(text);
    let focus = text;
    const retraction = afterRetraction(text, options.rules);
    if (retraction) {
      // A customer can take back a report, but not an attack: refused categories still count from the whole text.
      const attacks = matched.filter((rule) => isCategoryRule(rule) && actionOf(rule.category) === 'refuse');
      matched = [...attacks, ...matching(retraction.tail).filter((rule) => !attacks.includes(rule))];
      focus = retraction.tail;
    }
    const matchedRules = [...matched.map((rule) => rule.id), ...(retraction?.ids ?? [])];
    const categories = matched.filter(isCategoryRule).map((rule) => rule.category);
    if (categories.length > 0) {
      const category = categories.reduce((best, next) => (rank(next) < rank(best) ? next : best));
      return decide(category, 1, matchedRules);
    }
    const vetoed = matched.some((rule) => rule.category === 'allow');
    const signals = options.signals?.(focus);
    if (signals?.flagged && !vetoed)
      return decide('manipulation', 1, [...matchedRules, `manipulation/signals:${signals.asks.join('+')}:${signals.pressure.join('+')}`]);
    // The embedding is of the whole message: after a self-correction only the n-grams of the tail are scored.
    const embedding = retraction ? null : (checkOptions.embedding ?? null);
    const model = embedding && embeddingModel ? embeddingModel : ngramModel;
    if (!model) return decide(null, 0, matchedRules);
    const prediction = model.predict(focus, model === embeddingModel ? embedding : null);
    const flagged = vetoed ? null : flaggedCategory(model, prediction, (category) => thresholdFor(model, category));
    return decide(flagged, prediction.unsafe, matchedRules, model === embeddingModel ? 'embedding' : 'ngram');
  }
}
