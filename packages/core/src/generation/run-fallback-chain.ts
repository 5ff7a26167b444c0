/** Walks the model chain, then the extractive answer, then a handoff, racing the whole walk against the deadline. */
import type { AnswerVerdict, AttemptRecord, FallbackReason, GenerativeAnswer, GenerativeAnswerRequest } from './answer-types.js';
import type { ChatModel, ChatResult } from '@switchboard/spec';
import type { ModelChoice } from './choose-model.js';
import type { CheckedDraft } from './draft-and-check.js';
import { mapCitations } from './map-citations.js';
import { requestCost, type PriceTable } from './request-cost.js';

/** Token and cost totals of one request, shared by every call it makes. */
export interface Ledger {
  readonly record: (model: ChatModel, result: ChatResult) => void;
}

export interface ChainDependencies {
  readonly request: GenerativeAnswerRequest;
  readonly route: ModelChoice & { readonly difficulty: number };
  /** Routed model first; undefined entries (no small model) are skipped. */
  readonly chain: readonly (ChatModel | undefined)[];
  readonly prices: PriceTable;
  readonly handoffText: string;
  readonly signal: AbortSignal;
  readonly draft: (model: ChatModel, ledger: Ledger) => Promise<CheckedDraft>;
  /** True when the model's circuit is open and it must be skipped. */
  readonly isOpen: (model: ChatModel) => boolean;
}

export async function runFallbackChain(deps: ChainDependencies, deadline: Promise<'deadline'>): Promise<GenerativeAnswer> {
  const tokens = { inputTokens: 0, outputTokens: 0 };
  let costUsd = 0;
  const ledger: Ledger = {
    record(model, result) {
      tokens.inputTokens += result.usage.inputTokens;
      tokens.outputTokens += result.usage.outputTokens;
      costUsd += requestCost(model.id, result.usage, deps.prices);
    },
  };
  const attempts: AttemptRecord[] = [];
  let lastDraft: CheckedDraft | null = null;

  const finish = (
    text: string,
    citations: GenerativeAnswer['citations'],
    mode: GenerativeAnswer['mode'],
    model: string | null,
    verdict: AnswerVerdict,
  ) => ({
    text,
    citations,
    mode,
    verdict,
    model,
    costUsd: Math.round(costUsd * 1e6) / 1e6,
    tokens: { ...tokens },
    route: deps.route,
    attempts: [...attempts],
  });
  const fallBack = (reason: FallbackReason): GenerativeAnswer => {
    const verdict = {
      faithfulness: lastDraft?.verdict.faithfulness ?? null,
      failedClaims: lastDraft?.verdict.failedClaims ?? [],
      regenerated: lastDraft?.regenerated ?? false,
      fallbackReason: reason,
    };
    const extractive = deps.request.extractiveFallback;
    if (extractive.text.trim() && !extractive.declined)
      return finish(extractive.text, extractive.citations, 'extractive', null, { ...verdict, fallback: 'extractive' });
    const text = extractive.text.trim() ? extractive.text : deps.handoffText;
    return finish(text, extractive.citations, 'handoff', null, { ...verdict, fallback: 'handoff' });
  };

  const walk = async (): Promise<GenerativeAnswer> => {
    const models = deps.chain.filter((model): model is ChatModel => model !== undefined);
    for (const [position, model] of models.entries()) {
      if (deps.signal.aborted) break;
      if (deps.isOpen(model)) {
        attempts.push({ model: model.id, outcome: 'circuit open' });
        continue;
      }
      let draft: CheckedDraft;
      try {
        draft = await deps.draft(model, ledger);
      } catch (error) {
        attempts.push({ model: model.id, outcome: 'failed', error: error instanceof Error ? error.message : String(error) });
        continue;
      }
      lastDraft = draft;
      const failure: FallbackReason | null = !draft.grounded
        ? 'unsupported claims'
        : draft.language?.matches === false
          ? 'wrong language'
          : draft.translationProblems?.length
            ? 'translation failed'
            : null;
      attempts.push({
        model: model.id,
        outcome: failure === null ? 'grounded' : failure === 'unsupported claims' ? 'unsupported' : failure,
      });
      // A draft that failed its check twice is a content problem, not a provider one: another model is not asked.
      if (failure !== null) return fallBack(failure);
      const mapped = mapCitations(draft.text, deps.request.chunks);
      return finish(mapped.text, mapped.citations, 'generated', model.id, {
        faithfulness: draft.verdict.faithfulness,
        failedClaims: draft.verdict.failedClaims,
        regenerated: draft.regenerated,
        fallback: position === 0 ? null : deps.route.tier === 'large' ? 'small' : 'large',
        fallbackReason: position === 0 ? null : 'provider failure',
      });
    }
    return fallBack('provider failure');
  };

  const outcome = await Promise.race([walk(), deadline]);
  return outcome === 'deadline' ? fallBack('deadline') : outcome;
}
