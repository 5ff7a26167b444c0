/** The `rollout` and `experiments` sections of switchboard.yaml: staged-rollout ticks, guardrails and the holdout (docs/rollout.md). */
import { z } from 'zod';

const guardrailTuning = z.strictObject({
  /** The worsening tolerated, in the metric's units (CSAT points, or a rate's difference: 0.02 is two points). */
  margin: z.number().nonnegative(),
  /** τ of the sequential test's mixture: the harm beyond the margin to detect soonest, in the same units. */
  mixtureScale: z.number().positive(),
});

export const rolloutSchema = z
  .strictObject({
    /** Seconds between the server's evaluation ticks; every replica ticks, the conditional writes keep one decision. */
    tickSeconds: z.number().int().min(1).max(86_400).default(60),
    /** A reply slower than this counts toward the `latency_over_slo` guardrail. */
    sloP95Ms: z.number().int().positive().default(3000),
    /** The false-breach rate of each guardrail over a whole rollout. */
    alpha: z.number().gt(0).lt(0.5).default(0.05),
    /** Units each arm needs before a guardrail is read. */
    minimumPerArm: z.number().int().min(2).default(30),
    /** Per guardrail, overriding the defaults of docs/rollout.md. */
    guardrails: z
      .strictObject({
        csat: guardrailTuning.optional(),
        escalation_rate: guardrailTuning.optional(),
        grounding_failure_rate: guardrailTuning.optional(),
        safety_misrouting_rate: guardrailTuning.optional(),
        latency_over_slo: guardrailTuning.optional(),
        error_rate: guardrailTuning.optional(),
      })
      .prefault({}),
    /** URLs every rollout decision is POSTed to as JSON (fire-and-forget, 5 s timeout). */
    webhooks: z.array(z.url()).default([]),
  })
  .prefault({});

export const experimentsSchema = z
  .strictObject({
    /** The permanent holdout: this share of customers always gets the baseline and joins no rollout or experiment. */
    holdoutPercent: z.number().min(0).max(50).default(5),
  })
  .prefault({});
