/** The one schema of switchboard.yaml. Strict: an unknown key is an error, not a silent no-op. */
import { z } from 'zod';
import { sourcesSchema } from './source-schema.js';
import { llmSchema } from './llm-schema.js';
import { identitySchema } from './identity-schema.js';
import { releaseSchema } from './release-schema.js';
import { outcomesSchema } from './outcomes-schema.js';
import { experimentsSchema, rolloutSchema } from './rollout-schema.js';
import { adaptersSchema } from './adapters-schema.js';
import { safetyActions, safetyCategories } from '@switchboard/spec';

/** The issue's mandatory human-routing categories: no configuration may turn them into a refusal or an answer. */
const mandatoryHandoffCategories = ['self_harm', 'fraud', 'financial_dispute', 'legal_threat', 'harassment'] as const;

const fieldWeights = z
  .strictObject({
    title: z.number().nonnegative().default(2.5),
    headings: z.number().nonnegative().default(1.5),
    body: z.number().nonnegative().default(1),
    tags: z.number().nonnegative().default(1),
    /** Past customer questions linked to the article ("learning from history"). */
    askedAs: z.number().nonnegative().default(1.5),
  })
  .prefault({});

export const configSchema = z.strictObject({
  workspace: z.strictObject({ name: z.string().min(1).default('switchboard') }).prefault({}),
  store: z
    .strictObject({
      driver: z.enum(['sqlite']).default('sqlite'),
      /** SQLite file relative to the workspace. */
      path: z.string().min(1).default('data/switchboard.db'),
    })
    .prefault({}),
  sources: sourcesSchema,
  chunking: z
    .strictObject({
      maxTokens: z.number().int().min(32).max(4000).default(320),
      overlapTokens: z.number().int().min(0).max(1000).default(40),
    })
    .prefault({}),
  retrieval: z
    .strictObject({
      topK: z.number().int().min(1).max(100).default(5),
      k1: z.number().positive().default(1.2),
      /** Length normalisation per field, 0 (none) to 1 (full). */
      b: z.number().min(0).max(1).default(0.6),
      fieldWeights,
      /** lexical (BM25F only), dense (vectors only) or hybrid (both, fused). */
      mode: z.enum(['lexical', 'dense', 'hybrid']).default('hybrid'),
      /** 'provider:model'; the offline default needs no network. 'none' turns dense retrieval off. */
      embedder: z.string().min(1).default('local:glove-100d-sif'),
      fusion: z.enum(['weighted', 'rrf']).default('weighted'),
      /** Weight of the dense list in fusion; the lexical list weighs 1. */
      denseWeight: z.number().min(0).max(10).default(0.2),
      /** Weight of the list of articles whose past (resolved) questions resemble the query. */
      historyWeight: z.number().min(0).max(10).default(0.2),
      /** Candidates taken from each list before fusion and reranking. */
      candidates: z.number().int().min(1).max(1000).default(50),
      /** From this many chunk vectors on, dense search is approximate instead of exact. */
      approximateAbove: z.number().int().min(1).default(50_000),
      /** hnsw (hnswlib-node, built at install) or ivf (Switchboard's own inverted file, no native code). */
      approximateIndex: z.enum(['hnsw', 'ivf']).default('hnsw'),
      freshness: z
        .strictObject({
          /** Share of the score that decays with age. */
          weight: z.number().min(0).max(1).default(0.3),
          /** Half-life in days per document type (front matter 'type'); null: never decays. */
          halfLifeDays: z.record(z.string(), z.number().positive().nullable()).default({ policy: 90, evergreen: null }),
        })
        .prefault({}),
    })
    .prefault({}),
  answer: z
    .strictObject({
      /** Below this answerability (the composer's learned probability that its passage answers) the bot declines and offers a human. */
      minConfidence: z.number().min(0).max(1).default(0.5),
      maxSentences: z.number().int().min(1).max(12).default(4),
      /** How many top chunks the composer may quote from. */
      maxChunks: z.number().int().min(1).max(10).default(3),
    })
    .prefault({}),
  llm: llmSchema,
  handoff: z
    .strictObject({
      queue: z.string().min(1).default('Customer Support'),
      hours: z.string().min(1).default('Monday to Friday, 09:00-17:00 UTC'),
    })
    .prefault({}),
  /** The product-wide kill switch (`switchboard killswitch on`, docs/rollout.md): what the customer is told while it is on. */
  killSwitch: z
    .strictObject({
      /** `{queue}` and `{hours}` are filled from `handoff`; null for the built-in "Our assistant is paused right now…". */
      message: z.string().trim().min(1).nullable().default(null),
    })
    .prefault({}),
  guardrails: z
    .strictObject({
      /** Extra phrases that ask for a person; "agent", "human", "representative", "talk to a person" are built in. */
      humanPhrases: z.array(z.string().min(1)).default([]),
      /** Below this answer (and intent) confidence no automated action runs. */
      minActionConfidence: z.number().min(0).max(1).default(0.6),
      /** Phrases no reply may contain, on top of the built-in reflexive apologies and internal shorthand. */
      prohibitedPhrases: z.array(z.string().min(1)).default([]),
      /** Teams, queues, products and people the bot may name besides the handoff queue. */
      allowedNames: z.array(z.string().min(1)).default([]),
      /** "That didn't help" this many times in one conversation hands off. */
      repeatedFailureLimit: z.number().int().min(1).max(10).default(2),
    })
    .prefault({}),
  safety: z
    .strictObject({
      /**
       * Sentence embedder of the safety filter's embedding model (n-grams + the message's sentence-mean embedding);
       * `none` scores n-grams alone. The filter falls back to n-grams by itself whenever the embedder fails.
       */
      embedder: z.enum(['local:use-lite', 'none']).default('local:use-lite'),
      /**
       * Category → handoff | refuse | continue; categories left out keep their default action. Self-harm, fraud,
       * financial disputes, legal threats and harassment always reach a human: they accept only `handoff`.
       */
      actions: z
        .partialRecord(z.enum(safetyCategories), z.enum(safetyActions))
        .superRefine((actions, context) => {
          for (const category of mandatoryHandoffCategories) {
            const action = actions[category];
            if (action !== undefined && action !== 'handoff')
              context.addIssue({
                code: 'custom',
                path: [category],
                message: `${category} always hands off to a human; only 'handoff' is allowed (got '${action}')`,
              });
          }
        })
        .default({}),
    })
    .prefault({}),
  rateLimit: z
    .strictObject({
      perCustomer: z
        .strictObject({ limit: z.number().int().min(1).default(20), windowSeconds: z.number().int().min(1).default(60) })
        .prefault({}),
      perIp: z
        .strictObject({ limit: z.number().int().min(1).default(60), windowSeconds: z.number().int().min(1).default(60) })
        .prefault({}),
      /** New conversations (POST /v1/conversations) per client IP address. */
      conversationsPerIp: z
        .strictObject({ limit: z.number().int().min(1).default(20), windowSeconds: z.number().int().min(1).default(60) })
        .prefault({}),
    })
    .prefault({}),
  personas: z
    .strictObject({
      /** First matching rule wins: customer facts (plan, tier, role) → enterprise, self-serve or developer. */
      rules: z
        .array(
          z.strictObject({
            when: z.record(
              z.string(),
              z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))]),
            ),
            persona: z.enum(['enterprise', 'self-serve', 'developer']),
          }),
        )
        .default([
          { when: { role: 'developer' }, persona: 'developer' },
          { when: { plan: ['enterprise'] }, persona: 'enterprise' },
          { when: { plan: ['free', 'starter', 'team', 'self-serve'] }, persona: 'self-serve' },
        ]),
    })
    .prefault({}),
  language: z
    .strictObject({
      /** ISO 639-1 codes the knowledge is written in; other languages get an honest note. */
      knowledge: z.array(z.string().length(2)).default(['en']),
    })
    .prefault({}),
  server: z
    .strictObject({
      host: z.string().default('127.0.0.1'),
      port: z.number().int().min(0).max(65535).default(8787),
      bodyLimitBytes: z
        .number()
        .int()
        .min(256)
        .default(64 * 1024),
      /**
       * Whether X-Forwarded-For names the client (for rate limits and logs): true trusts every proxy hop, a list
       * trusts only those addresses or CIDR ranges. Off by default: without a proxy, a client could set it itself.
       */
      trustProxy: z.union([z.boolean(), z.array(z.string().min(1)).min(1)]).default(false),
    })
    .prefault({}),
  identity: identitySchema,
  release: releaseSchema,
  outcomes: outcomesSchema,
  rollout: rolloutSchema,
  experiments: experimentsSchema,
  adapters: adaptersSchema,
  metrics: z
    .strictObject({
      /** Serve /metrics without a key (for a scraper on a private network). Off: /metrics needs an admin key. */
      public: z.boolean().default(false),
    })
    .prefault({}),
  widget: z
    .strictObject({
      /** Let anyone start a conversation (POST /v1/conversations) without a widget key. Off by default. */
      public: z.boolean().default(false),
      /**
       * The sites the widget runs on (`https://shop.example.com`): browsers let only these call the customer routes
       * (CORS) and frame the widget's pages (`frame-ancestors`). `*` allows any site. Empty: the server's own pages only.
       */
      allowedOrigins: z
        .array(z.string().regex(/^(\*|https?:\/\/[^/\s]+)$/, 'each allowed origin is `*` or scheme://host[:port], without a path'))
        .default([]),
    })
    .prefault({}),
  log: z
    .strictObject({
      /** Level of the server's JSON request logs (one line per request); `switchboard serve --log-level` overrides it. */
      level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      /** Also log request bodies, which hold customers' message text. Off by default. */
      bodies: z.boolean().default(false),
    })
    .prefault({}),
});

/** The validated, frozen configuration. */
export type SwitchboardConfig = z.infer<typeof configSchema>;
