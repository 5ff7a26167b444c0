/**
 * The single entry point for grounded generation: route to a model, draft, check every claim, regenerate once,
 * and fall back along (adapter →) large → small → extractive → handoff so the caller always gets an honest answer in time.
 */
import { SwitchboardError, type ChatMessage, type ChatModel, type ChatResult, type Clock } from '@switchboard/spec';
import type { GenerativeAnswer, GenerativeAnswerEvent, GenerativeAnswerRequest } from './answer-types.js';
import { abortableSleep, type Timers } from './abortable-sleep.js';
import { collectStream } from './collect-stream.js';
import { callWithRetries, type RetryOptions, type Sleep } from './call-with-retries.js';
import { chooseModel, type RoutingOptions } from './choose-model.js';
import { createCircuitBreaker, type CircuitBreaker } from './circuit-breaker.js';
import { draftAndCheck } from './draft-and-check.js';
import { estimateDifficulty } from './estimate-difficulty.js';
import { createLlmJudge } from './llm-judge.js';
import { runFallbackChain, type ChainDependencies, type ChainStep } from './run-fallback-chain.js';
import { adapterLabel, matchAdapter, type AdapterRoute } from './adapter-route.js';
import { translateDraft } from './translate-answer.js';
import type { ClaimJudge, GroundingOptions, SimilarityFunction } from './grounding-check.js';
import type { PriceTable } from './request-cost.js';

export interface GenerativeAnswererOptions {
  readonly large: ChatModel;
  readonly small?: ChatModel;
  /** A chat model asked "supported / contradicted / absent" per claim, or a judge function. Off when absent. */
  readonly judge?: ChatModel | ClaimJudge;
  readonly similarity?: SimilarityFunction;
  readonly prices: PriceTable;
  readonly routing: RoutingOptions;
  /** Total time budget of one answer; past it the caller gets the extractive answer or a handoff. */
  readonly deadlineMs: number;
  readonly clock: Clock;
  readonly retry?: RetryOptions;
  readonly breaker?: { readonly failureThreshold: number; readonly cooldownMs: number };
  readonly grounding?: Pick<GroundingOptions, 'minLexicalSupport' | 'minSimilarity' | 'lexicalFloor'>;
  readonly policies?: readonly string[];
  readonly escalationCriteria?: readonly string[];
  readonly maxOutputTokens?: number;
  /**
   * Languages the knowledge is written in (ISO 639-1, config `language.knowledge`; default English). An answer asked
   * for in another language is drafted and checked in the first of these, then translated (translate-answer.ts).
   */
  readonly sourceLanguages?: readonly string[];
  /** Shown when there is neither a generated nor an extractive answer. */
  readonly handoffText?: string;
  /**
   * Hot-fix adapters: the first unexpired one registered for the request's intent and cohort drafts before the base
   * models (adapter-route.ts). None by default.
   */
  readonly adapters?: readonly AdapterRoute[];
  /** Epoch milliseconds, to compare with an adapter's `expiresAt` (`clock` may measure durations only); default `clock`. */
  readonly wallClock?: Clock;
  /** Timer seams; default to the host's setTimeout and a sleep built on it. */
  readonly timers?: Timers;
  readonly sleep?: Sleep;
}

export interface GenerativeAnswerer {
  generate(request: GenerativeAnswerRequest): Promise<GenerativeAnswer>;
  /** Streams only after the grounding check passed: deltas are sentences of the checked answer, then the result. */
  generateStream(request: GenerativeAnswerRequest): AsyncIterable<GenerativeAnswerEvent>;
}

const defaultHandoffText = "I'm sorry, I can't give you a reliable answer right now. I'll pass your question to a person on our team.";

export function createGenerativeAnswerer(options: GenerativeAnswererOptions): GenerativeAnswerer {
  const timers = options.timers ?? {
    setTimeout: (run: () => void, ms: number) => globalThis.setTimeout(run, ms),
    clearTimeout: (handle: unknown) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  };
  const sleep: Sleep = options.sleep ?? ((ms, signal) => abortableSleep(ms, signal, timers));
  const breakers = new Map<string, CircuitBreaker>();
  const breakerOf = (model: ChatModel): CircuitBreaker => {
    let breaker = breakers.get(model.id);
    if (!breaker) {
      breaker = createCircuitBreaker({ failureThreshold: 3, cooldownMs: 30_000, ...options.breaker, clock: options.clock });
      breakers.set(model.id, breaker);
    }
    return breaker;
  };
  const inFlight = new Map<string, number>();
  const retry = options.retry ?? { retries: 2, baseDelayMs: 200, maxDelayMs: 2_000 };

  async function answer(request: GenerativeAnswerRequest, useStream: boolean): Promise<GenerativeAnswer> {
    request.signal?.throwIfAborted();
    const deadlineAt = options.clock() + options.deadlineMs;
    const controller = new AbortController();
    const onCallerAbort = () => controller.abort(request.signal?.reason);
    request.signal?.addEventListener('abort', onCallerAbort, { once: true });
    const difficulty = estimateDifficulty({ question: request.question, retrievalScore: request.retrievalScore });
    const choice = chooseModel(difficulty.score, inFlight.get(options.large.id) ?? 0, options.small !== undefined, options.routing);
    const base: ChainStep[] =
      choice.tier === 'large'
        ? [
            { tier: 'large', model: options.large },
            { tier: 'small', model: options.small },
          ]
        : [
            { tier: 'small', model: options.small },
            { tier: 'large', model: options.large },
          ];
    const matched = matchAdapter(options.adapters ?? [], request, (options.wallClock ?? options.clock)());
    const adapter = matched.adapter;
    // Claims are checked against the sources in their own language, so a customer in another one gets a translation.
    const sourceLanguages = options.sourceLanguages ?? ['en'];
    const draftLanguage =
      request.language && !sourceLanguages.includes(request.language) ? (sourceLanguages[0] ?? request.language) : request.language;
    const deps: ChainDependencies = {
      request,
      route: {
        ...(adapter
          ? { tier: 'adapter' as const, reason: 'intent and cohort match' as const, adapter: adapterLabel(adapter), then: choice.tier }
          : choice),
        difficulty: difficulty.score,
        ...(matched.expired.length > 0 ? { expiredAdapters: matched.expired } : {}),
      },
      chain: adapter ? [{ tier: 'adapter', model: adapter.model, label: adapterLabel(adapter) }, ...base] : base,
      prices: options.prices,
      handoffText: options.handoffText ?? defaultHandoffText,
      signal: controller.signal,
      draft: async (model, ledger) => {
        const call = (messages: readonly ChatMessage[]) =>
          complete(model, messages, { signal: controller.signal, caller: request.signal }, deadlineAt, useStream, ledger.record);
        const checked = await draftAndCheck(
          { ...request, language: draftLanguage, policies: options.policies, escalationCriteria: options.escalationCriteria },
          call,
          { ...options.grounding, similarity: options.similarity, judge: judgeFor(ledger.record), signal: controller.signal },
        );
        const usable = checked.grounded && checked.language?.matches !== false;
        return usable && request.language && request.language !== draftLanguage ? translateDraft(checked, request.language, call) : checked;
      },
      isOpen: (model) => !breakerOf(model).allow(),
    };
    let timer: unknown;
    const deadline = new Promise<'deadline'>((resolve) => {
      timer = timers.setTimeout(() => resolve('deadline'), Math.max(0, options.deadlineMs));
    });
    try {
      const result = await runFallbackChain(deps, deadline);
      request.signal?.throwIfAborted();
      return result;
    } finally {
      timers.clearTimeout(timer);
      request.signal?.removeEventListener('abort', onCallerAbort);
      // Whatever is still running (a hung request after the deadline) is cancelled, not left to finish.
      controller.abort(new SwitchboardError('PROVIDER_FAILURE', 'answer finished before this call', { isRetryable: false }));
    }
  }

  function judgeFor(record: (model: ChatModel, result: ChatResult) => void): ClaimJudge | undefined {
    const judge = options.judge;
    if (judge === undefined || typeof judge === 'function') return judge;
    return createLlmJudge({
      id: judge.id,
      stream: (call) => judge.stream(call),
      generate: async (call) => withUsage(judge, await judge.generate(call), record),
    });
  }

  async function complete(
    model: ChatModel,
    messages: readonly ChatMessage[],
    { signal, caller }: { signal: AbortSignal; caller: AbortSignal | undefined },
    deadlineAt: number,
    useStream: boolean,
    record: (model: ChatModel, result: ChatResult) => void,
  ): Promise<string> {
    const breaker = breakerOf(model);
    return callWithRetries(
      async () => {
        inFlight.set(model.id, (inFlight.get(model.id) ?? 0) + 1);
        // A call still pending at the deadline counts against the provider at once (a hung server must open the
        // circuit before the next answer starts); a customer leaving does not count.
        let counted = false;
        const countFailure = () => {
          if (counted || caller?.aborted) return;
          counted = true;
          breaker.recordFailure();
        };
        signal.addEventListener('abort', countFailure, { once: true });
        try {
          const call = { messages, signal, maxOutputTokens: options.maxOutputTokens ?? 500, temperature: 0 };
          const result = useStream ? await collectStream(model, call) : await model.generate(call);
          record(model, result);
          if (!result.text.trim())
            throw new SwitchboardError('PROVIDER_FAILURE', `${model.id} returned an empty answer`, { isRetryable: true });
          breaker.recordSuccess();
          return result.text;
        } catch (error) {
          countFailure();
          throw error;
        } finally {
          signal.removeEventListener('abort', countFailure);
          inFlight.set(model.id, (inFlight.get(model.id) ?? 1) - 1);
        }
      },
      retry,
      { sleep, remainingMs: () => deadlineAt - options.clock(), signal },
    );
  }

  return {
    generate: (request) => answer(request, false),
    async *generateStream(request) {
      const result = await answer(request, true);
      // Sentence-sized pieces that join back to exactly `result.text`.
      for (const piece of result.text.split(/(?<=[.!?](?:\s*\[\d+\])*\s+)/)) if (piece) yield { type: 'text-delta', text: piece };
      yield { type: 'result', answer: result };
    },
  };
}

function withUsage(model: ChatModel, result: ChatResult, record: (model: ChatModel, result: ChatResult) => void): ChatResult {
  record(model, result);
  return result;
}
