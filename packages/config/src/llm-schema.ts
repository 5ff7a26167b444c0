/** The `llm` section of switchboard.yaml: which models answer, where they run, what they cost. Keys never live here. */
import { z } from 'zod';

/** 'provider:model'; a bare name means 'openai-compatible:<name>'. The provider list is checked when the app resolves it. */
const modelName = z
  .string()
  .regex(/^\S+$/, "write 'provider:model', e.g. 'openai-compatible:llama3.1' or 'anthropic:claude-3-5-haiku-latest'");
/** The name of an environment variable, not its value: secrets stay out of the file. */
const environmentVariable = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'name an environment variable, e.g. OPENAI_API_KEY');
const price = z.strictObject({
  /** US dollars per 1 000 prompt tokens. */
  inputPer1k: z.number().nonnegative(),
  /** US dollars per 1 000 generated tokens. */
  outputPer1k: z.number().nonnegative(),
});

export const llmSchema = z
  .strictObject({
    /** The large model. Null (the default): answers stay extractive. SWITCHBOARD_LLM_MODEL overrides it. */
    model: modelName.nullable().default(null),
    /** Answers easy questions, and hard ones while the large model is saturated. */
    smallModel: modelName.nullable().default(null),
    /** Asked SUPPORTED / CONTRADICTED / ABSENT per claim after the lexical checks; off when null. */
    judgeModel: modelName.nullable().default(null),
    /** Endpoint up to and including /v1; required for openai-compatible models. SWITCHBOARD_LLM_BASE_URL overrides it. */
    baseUrl: z.url().nullable().default(null),
    /** Variable holding the API key; SWITCHBOARD_LLM_API_KEY, when set, wins. */
    apiKeyEnv: environmentVariable.nullable().default(null),
    /** Limit of one provider call. */
    timeoutMs: z.number().int().min(100).max(600_000).default(20_000),
    /** Limit of one whole answer, regenerations included; past it the extractive answer or a handoff goes out. */
    deadlineMs: z.number().int().min(100).max(600_000).default(8_000),
    routing: z
      .strictObject({
        /** Estimated difficulty at or above which the large model answers. */
        threshold: z.number().min(0).max(1).default(0.5),
        /** Large-model calls in flight beyond which the small model answers instead. */
        maxLargeInFlight: z.number().int().min(1).max(10_000).default(8),
      })
      .prefault({}),
    /** Price per model id ('provider:model'); models missing here cost 0, as self-hosted ones do. */
    prices: z.record(z.string().min(1), price).default({}),
    /** The endpoint of `retrieval.embedder: openai-compatible:<model>`; SWITCHBOARD_EMBEDDINGS_* override it. */
    embeddings: z
      .strictObject({
        baseUrl: z.url().nullable().default(null),
        apiKeyEnv: environmentVariable.nullable().default(null),
        /** Checked against every vector when set; otherwise learned from the first response. */
        dimensions: z.number().int().min(1).max(16_384).nullable().default(null),
        /** Texts per request. */
        batchSize: z.number().int().min(1).max(2_048).default(64),
      })
      .prefault({}),
  })
  .prefault({});
