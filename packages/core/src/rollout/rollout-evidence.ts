/**
 * What the event log says of each arm of a rollout: per-arm data for each guardrail and the units in the current stage.
 * Pure: the events and the time are arguments.
 */
import type { Rollout, SwitchboardEvent } from '@switchboard/spec';
import type { GuardrailData } from '../experiments/guardrail-test.js';
import { summarizeValues, type ProportionArm } from '../experiments/arm-statistics.js';
import { conversationOutcomes } from '../outcomes/conversation-outcomes.js';
import type { RolloutGuardrailName } from './rollout-guardrails.js';

export const candidateArm = 'candidate';
export const holdoutArm = 'holdout';
/** A candidate unit's message outside the first stage's intents, answered by the baseline; no analysis reads it. */
export const firstStageExcludedArm = 'first-stage-excluded';
type Arm = 'baseline' | 'candidate';

export interface RolloutEvidence {
  readonly data: Readonly<Record<RolloutGuardrailName, GuardrailData>>;
  /** Conversations each arm was assigned during the current stage. */
  readonly stageUnits: { readonly baseline: number; readonly candidate: number };
}

const replyTypes = new Set(['message.answered', 'message.declined', 'message.handoff', 'message.refused']);

/**
 * The rollout's conversations are those created since it started whose first reply names its release and an arm
 * (the holdout and a first stage's excluded intents join no analysis; in a first stage that lists intents, only
 * replies of those intents are compared, in both arms). Per conversation: CSAT (its latest rating) and escalation (any handoff). Per
 * reply: a grounding failure (the guard or the claim check replaced it), safety misrouting (the safety stage asked for
 * a handoff and the bot answered), latency over `sloMs`, and an error (the model was unavailable).
 */
export function rolloutEvidence(rollout: Rollout, events: readonly SwitchboardEvent[], asOf: string, sloMs: number): RolloutEvidence {
  const armOf = new Map<string, Arm>();
  const blockedTraces = new Set<string>();
  const compared = comparedIntents(rollout);
  for (const event of events) {
    if (event.type === 'guard.blocked' || event.type === 'claim.blocked') blockedTraces.add(String(event.data['traceId']));
    if (event.conversationId === null || !replyTypes.has(event.type) || armOf.has(event.conversationId)) continue;
    if (!compared(event)) continue;
    const { arm, release } = event.data;
    if (arm === 'baseline' && release === rollout.baseline) armOf.set(event.conversationId, 'baseline');
    if (arm === candidateArm && release === rollout.release) armOf.set(event.conversationId, 'candidate');
  }
  const rates = () => ({ baseline: proportion(), candidate: proportion() });
  const perReply = { grounding: rates(), misrouting: rates(), latency: rates(), error: rates() };
  for (const event of events) {
    if (event.conversationId === null || !replyTypes.has(event.type) || event.at < rollout.startedAt) continue;
    const arm = armOf.get(event.conversationId);
    if (arm === undefined || event.data['release'] !== (arm === 'candidate' ? rollout.release : rollout.baseline)) continue;
    if (!compared(event)) continue;
    const safety = event.data['safety'] as { action?: unknown } | null | undefined;
    const milliseconds = event.data['milliseconds'];
    count(perReply.grounding[arm], blockedTraces.has(String(event.data['traceId'])));
    count(perReply.misrouting[arm], safety?.action === 'handoff' && event.type === 'message.answered');
    count(perReply.latency[arm], typeof milliseconds === 'number' && milliseconds > sloMs);
    count(perReply.error[arm], event.data['mode'] === 'unavailable');
  }
  const csat = { baseline: [] as number[], candidate: [] as number[] };
  const escalation = rates();
  const stageUnits = { baseline: 0, candidate: 0 };
  for (const conversation of conversationOutcomes(events, { from: rollout.startedAt, to: asOf }, { asOf })) {
    const arm = armOf.get(conversation.conversationId);
    if (arm === undefined) continue;
    if (conversation.startedAt >= rollout.stageStartedAt) stageUnits[arm] += 1;
    if (conversation.csat !== null) csat[arm].push(conversation.csat);
    count(escalation[arm], conversation.handoffs > 0 || conversation.outcome.escalation !== null);
  }
  const proportions = (arms: { baseline: ProportionArm; candidate: ProportionArm }): GuardrailData => ({ kind: 'proportion', ...arms });
  return {
    data: {
      csat: { kind: 'mean', baseline: summarizeValues(csat.baseline), candidate: summarizeValues(csat.candidate) },
      escalation_rate: proportions(escalation),
      grounding_failure_rate: proportions(perReply.grounding),
      safety_misrouting_rate: proportions(perReply.misrouting),
      latency_over_slo: proportions(perReply.latency),
      error_rate: proportions(perReply.error),
    },
    stageUnits,
  };
}

/**
 * Which replies the arms are compared on. In a first stage that lists intents the candidate answers only those, so
 * the baseline is read on the same intents too (else a mix of intents, not the release, would make the difference);
 * from the second stage on the candidate answers everything and every reply counts.
 */
function comparedIntents(rollout: Rollout): (reply: SwitchboardEvent) => boolean {
  if (rollout.stage > 0 || rollout.firstStageIntents.length === 0) return () => true;
  const listed = new Set(rollout.firstStageIntents);
  return (reply) => {
    const intent = reply.data['intent'] as { label?: unknown; outOfScope?: unknown } | null | undefined;
    return typeof intent?.label === 'string' && intent.outOfScope !== true && listed.has(intent.label);
  };
}

type Counting = { count: number; successes: number };
const proportion = (): Counting => ({ count: 0, successes: 0 });
function count(arm: Counting, hit: boolean): void {
  arm.count += 1;
  if (hit) arm.successes += 1;
}
