/**
 * The path of one message: safety → intent → route (language, guardrails) → (handoff | act | rewrite → retrieve →
 * compose → generate → persona) → output guard. Each stage's decision, score and latency is recorded in the trace, in
 * one fixed order (stage-order.ts). The pipeline writes nothing: it returns the reply, the trace and the events it
 * decided on, and the conversation service commits them.
 */
import type { Answer, Clock, CustomerInfo, IdGenerator, PendingEvent, PipelineTrace } from '@switchboard/spec';
import type { ComposedAnswer, ComposerOptions } from '../answer/extractive-composer.js';
import type { GenerativeAnswerer } from '../generation/generative-answerer.js';
import type { IntentClassifier } from '../intent/intent-classifier.js';
import { IntentNotAdmitted } from './intent-not-admitted.js';
import type { Embedder } from '@switchboard/spec';
import type { HybridRetriever } from '../retrieval/hybrid-retriever.js';
import type { AskerRole } from '../retrieval/section-audience.js';
import type { ConversationTurn } from '../rewrite/conversation-rewriter.js';
import { EntityGazetteer } from '../rewrite/entity-gazetteer.js';
import type { LlmQueryRewriter } from '../rewrite/llm-rewriter.js';
import { createSpellingCorrector } from '../rewrite/spelling-corrector.js';
import type { SafetyCheck, SafetyFilter } from '../safety/safety-filter.js';
import { checkSafety } from './check-safety.js';
import { perMessageEmbedders } from './per-message-embedder.js';
import type { PersonaName, PersonaRule } from '../persona/choose-persona.js';
import { answerFromKnowledge, type KnowledgeAnswer } from './answer-from-knowledge.js';
import type { AnswerCache } from '../generation/answer-cache.js';
import { decideRoute, type GuardrailSettings } from './route-message.js';
import { finishReply, type Reply } from './finish-reply.js';
import type { Actor, ActTurn } from '../workflow/actor.js';
import { createStageRecorder, round } from './stage-recorder.js';
import { inStageOrder, type StageName } from './stage-order.js';

export interface AnswerPipelineDependencies {
  readonly retriever: HybridRetriever;
  /** Wall clock in milliseconds, for timestamps. */
  readonly clock: Clock;
  /** High-resolution clock in milliseconds, for stage latencies. */
  readonly timer: Clock;
  readonly newId: IdGenerator;
  readonly topK: number;
  readonly composer: ComposerOptions;
  /** The safety filter (first stage); without one the stage records that it was skipped. */
  readonly safety?: SafetyFilter | null;
  /**
   * Embeds the message's sentences for the safety filter's embedding model (the filter's `embedderId`); without it,
   * or when it fails, the filter scores n-grams alone.
   */
  readonly safetyEmbedder?: Embedder | null;
  /** The workspace's trained intent model; without one the stage records `{ skipped: 'no intent model' }`. */
  readonly intent?: IntentClassifier | null;
  /** Embeds the message for an intent model trained with sentence-embedding features. */
  readonly intentEmbedder?: Embedder | null;
  /** The grounded LLM answerer, when an LLM is configured. */
  readonly generator?: GenerativeAnswerer | null;
  /** The LLM query rewriter, when an LLM is configured. */
  readonly llmRewriter?: LlmQueryRewriter | null;
  readonly guardrails?: Partial<GuardrailSettings>;
  readonly personas?: readonly PersonaRule[];
  /** Languages the knowledge is written in; a message in another one gets an honest note. */
  readonly knowledgeLanguages?: readonly string[];
  /** Runs the workspace's workflows; a workflow starts only when the intent is above the action confidence threshold. */
  readonly act?: Actor | null;
  /** Answers given at the retriever's knowledge version: a repeated question is served from it (trace stage `cache`). */
  readonly answerCache?: AnswerCache<KnowledgeAnswer> | null;
}

export interface MessageContext {
  readonly conversationId?: string | null;
  readonly history?: readonly ConversationTurn[];
  readonly customer?: CustomerInfo | null;
  /**
   * The customer's locale from a verified source (a signed identity token, the account record), used when neither the
   * message nor the conversation tells the language. `customer` is asserted by the caller and never counts.
   */
  readonly verifiedLocale?: string | null;
  /**
   * The customer's role from a verified source (a signed identity token, the account record); default 'end-user'.
   * Only a verified admin gets admin sections without demotion; `customer.role` is asserted by the caller and never
   * counts, so the HTTP layer must not fill this from the request body.
   */
  readonly verifiedRole?: AskerRole | null;
  /**
   * The customer id from a verified source (a signed identity token): workflows act on this customer's records
   * without asking them to authenticate. `customer.id` is asserted by the caller and never counts.
   */
  readonly verifiedCustomerId?: string | null;
  /**
   * Whether this pipeline may answer a message of this intent (null: none, or out of scope). A staged rollout's first
   * stage serves the candidate only for the intents it lists. Asked right after the intent stage, before anything can
   * act; when it says no, `run` throws `IntentNotAdmitted` and the caller answers with another release.
   */
  readonly admitIntent?: (intent: string | null) => boolean;
  readonly signal?: AbortSignal;
}

export interface PipelineResult {
  readonly answer: Answer;
  readonly trace: PipelineTrace;
  /** The extractive composition, when the knowledge path ran. */
  readonly composed: ComposedAnswer | null;
  /** Facts the conversation log records for the handoff packet. */
  readonly facts: Reply['facts'];
  /**
   * Events this message produced besides the reply ('guard.blocked', 'claim.blocked', a workflow's action-log
   * entries and state), for the conversation service to commit; nothing has been written.
   */
  readonly events: readonly PendingEvent[];
}

export interface AnswerPipeline {
  /** Runs the stages for one message and returns what they decided; writes nothing. */
  run(question: string, context?: MessageContext): Promise<PipelineResult>;
}

export const defaultGuardrails: GuardrailSettings = {
  humanPhrases: [],
  minActionConfidence: 0.6,
  prohibitedPhrases: [],
  allowedNames: [],
  repeatedFailureLimit: 2,
};

export function createAnswerPipeline(deps: AnswerPipelineDependencies): AnswerPipeline {
  const index = deps.retriever.lexical;
  const entities = index.entities();
  const gazetteer = entities.size > 0 ? new EntityGazetteer(entities) : null;
  const speller = createSpellingCorrector(index.vocabulary);
  const guardrails = { ...defaultGuardrails, ...deps.guardrails };
  const escalation = { queue: deps.composer.handoffQueue, hours: deps.composer.handoffHours };
  return {
    async run(question, context = {}) {
      const started = deps.timer();
      const stages = createStageRecorder(deps.timer);
      const traceId = deps.newId('trace');
      const history = context.history ?? [];
      const embedderFor = perMessageEmbedders();

      const safety: SafetyCheck | null = deps.safety
        ? (
            await stages.timed(
              'safety',
              () => checkSafety(deps.safety!, embedderFor(deps.safetyEmbedder), question, context.signal),
              ({ check, embedding }) => ({ ...check, embedding }),
            )
          ).check
        : (stages.record('safety', { skipped: 'no safety filter' }), null);
      const intent = deps.intent
        ? await stages.timed(
            'intent',
            async () =>
              deps.intent!.predict(
                question,
                3,
                deps.intentEmbedder ? (await embedderFor(deps.intentEmbedder)!.embed([question]))[0] : undefined,
              ),
            (value) => ({
              label: value.label,
              confidence: round(value.confidence),
              outOfScope: value.outOfScope,
              top: value.probabilities,
            }),
          )
        : (stages.record('intent', { skipped: 'no intent model' }), null);
      const label = intent && !intent.outOfScope ? intent.label : null;
      if (context.admitIntent && !context.admitIntent(label)) throw new IntentNotAdmitted(label);
      const route = await stages.timed(
        'route',
        () =>
          decideRoute({
            question,
            history,
            customer: context.customer ?? null,
            verifiedLocale: context.verifiedLocale ?? null,
            safety,
            guardrails,
            personas: deps.personas ?? [],
            knowledgeLanguages: deps.knowledgeLanguages ?? ['en'],
          }),
        (value) => ({ ...value }),
      );

      const conversationId = context.conversationId ?? null;
      let acted: ActTurn | null = null;
      if (route.decision === 'answer' && deps.act) {
        const actor = deps.act;
        acted = await stages.timed(
          'act',
          () =>
            actor.act({
              conversationId,
              question,
              intent: intent ? { label: intent.label, confidence: intent.confidence, outOfScope: intent.outOfScope } : null,
              customer: context.customer ?? null,
              verifiedCustomerId: context.verifiedCustomerId ?? null,
              minConfidence: guardrails.minActionConfidence,
            }),
          (value) =>
            value
              ? { workflow: value.workflow, status: value.status, tools: value.toolsRun.map(({ name, outcome }) => ({ name, outcome })) }
              : { skipped: 'no workflow under way or selected', threshold: guardrails.minActionConfidence },
        );
      }
      let knowledge = null;
      if (route.decision === 'answer' && !acted) {
        try {
          knowledge = await answerFromKnowledge(
            {
              retriever: deps.retriever,
              gazetteer,
              speller,
              topK: deps.topK,
              composer: deps.composer,
              generator: answeringIn(deps.generator, route.languageConfident ? route.language : null),
              llmRewriter: deps.llmRewriter,
              answerCache: deps.answerCache,
            },
            {
              question,
              history,
              intent: intent?.outOfScope ? null : (intent?.label ?? null),
              persona: route.persona ?? undefined,
              askerRole: context.verifiedRole ?? 'end-user',
              language: route.languageConfident ? route.language : null,
              signal: context.signal,
            },
            stages,
          );
        } catch {
          // Retrieval or the embedder is down: say so and offer a person rather than fail the request.
          knowledge = null;
        }
      }
      // Every reply, whatever produced it, is checked against what this conversation's action log says was done
      // (a workflow's turn carries the log with its own new entries, which are not stored yet).
      const actionLog = acted ? acted.actionLog : deps.act && conversationId ? await deps.act.actionLog(conversationId) : [];
      const reply = await finishReply(
        { route, knowledge, acted, safety, intent, question, history, customer: context.customer ?? null },
        {
          stages,
          guardrails,
          escalation,
          actions: { log: actionLog, tools: deps.act?.tools ?? [] },
          persona: route.persona as PersonaName | null,
        },
      );
      const events: PendingEvent[] = [...(acted?.events ?? [])];
      if (!reply.guard.allowed)
        events.push({ type: 'guard.blocked', data: { traceId, violations: reply.guard.violations, blockedText: reply.blockedText } });
      if (!reply.claims.allowed)
        events.push({ type: 'claim.blocked', data: { traceId, unsupported: reply.claims.unsupported, blockedText: reply.blockedText } });
      const skippedBecause = (name: StageName): string => {
        if (name === 'act' && !deps.act) return 'no tools configured';
        if (route.decision !== 'answer') return `routed to ${route.decision}`;
        if (acted) return `workflow ${acted.workflow} took the message`;
        if (name === 'generate') return deps.generator ? 'nothing retrieved' : 'no LLM configured';
        return 'knowledge unavailable';
      };
      const trace: PipelineTrace = {
        id: traceId,
        conversationId,
        query: question,
        createdAt: new Date(deps.clock()).toISOString(),
        stages: inStageOrder(stages.stages, skippedBecause),
        totalMilliseconds: round(deps.timer() - started),
      };
      return { answer: { ...reply.answer, traceId }, trace, composed: knowledge?.composed ?? null, facts: reply.facts, events };
    },
  };
}

/** The generator with this message's language added to every request, so the answer is written (and checked) in it. */
function answeringIn(generator: GenerativeAnswerer | null | undefined, language: string | null): GenerativeAnswerer | null {
  if (!generator || !language) return generator ?? null;
  return {
    generate: (request) => generator.generate({ language, ...request }),
    generateStream: (request) => generator.generateStream({ language, ...request }),
  };
}
