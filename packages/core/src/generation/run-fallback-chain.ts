/** Walks the model chain, then the extractive answer, then a handoff, racing the whole walk against the deadline. */
import type {
  AnswerRoute,
  AnswerVerdict,
  AttemptRecord,
  FallbackReason,
  GenerativeAnswer,
  GenerativeAnswerRequest,
} from './answer-types.js';
import type { ChatModel, ChatResult } from '@switchboard/spec';
import type { CheckedDraft } from './draft-and-check.js';
import { mapCitations } from './map-citations.js';
import { requestCost, type PriceTable } from './request-cost.js';

/** Token and cost totals of one request, shared by every call it makes. */
export interface Ledger {
  readonly record: (model: ChatModel, result: ChatResult) => void;
}

export interface ChainDependencies {
  readonly request: GenerativeAnswerRequest;
  readonly route: AnswerRoute;
  /** Routed model first; entries without a model (no small model) are skipped. `label` names an adapter's model. */
  readonly chain: readonly ChainStep[];
  readonly prices: PriceTable;
  readonly handoffText: string;
  readonly signal: AbortSignal;
  readonly draft: (model: ChatModel, ledger: Ledger) => Promise<CheckedDraft>;
  /** True when the model's circuit is open and it must be skipped. */
  readonly isOpen: (model: ChatModel) => boolean;
}

export interface ChainStep {
  readonly tier: 'adapter' | 'large' | 'small';
  readonly model: ChatModel | undefined;
  /** `name@version` of an adapter step, recorded on the answer it writes. */
  readonly label?: string;
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
    adapter?: string,
  ) => ({
    text,
    citations,
    mode,
    verdict,
    model,
    costUsd: Math.round(costUsd * 1e6) / 1e6,
    tokens: { ...tokens },
    route: deps.route,
    ...(adapter === undefined ? {} : { adapter }),
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
    const steps = deps.chain.filter((step): step is ChainStep & { model: ChatModel } => step.model !== undefined);
    // Why the last step passed over did not answer: a provider failure, or an adapter's draft failing its check.
    let passedOver: FallbackReason = 'provider failure';
    for (const [position, { model, tier, label }] of steps.entries()) {
      if (deps.signal.aborted) break;
      if (deps.isOpen(model)) {
        attempts.push({ model: model.id, outcome: 'circuit open' });
        passedOver = 'provider failure';
        continue;
      }
      let draft: CheckedDraft;
      try {
        draft = await deps.draft(model, ledger);
      } catch (error) {
        attempts.push({ model: model.id, outcome: 'failed', error: error instanceof Error ? error.message : String(error) });
        passedOver = 'provider failure';
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
      // An adapter's is its own problem, though: the base model answered these questions before the hot fix did.
      if (failure !== null && tier !== 'adapter') return fallBack(failure);
      if (failure !== null) {
        passedOver = failure;
        continue;
      }
      const mapped = mapCitations(draft.text, deps.request.chunks);
      const fellBack = position > 0 && tier !== 'adapter';
      return finish(
        mapped.text,
        mapped.citations,
        'generated',
        model.id,
        {
          faithfulness: draft.verdict.faithfulness,
          failedClaims: draft.verdict.failedClaims,
          regenerated: draft.regenerated,
          fallback: fellBack ? tier : null,
          fallbackReason: fellBack ? passedOver : null,
        },
        tier === 'adapter' ? label : undefined,
      );
    }
    return fallBack(passedOver);
  };

  const outcome = await Promise.race([walk(), deadline]);
  return outcome === 'deadline' ? fallBack('deadline') : outcome;
}
