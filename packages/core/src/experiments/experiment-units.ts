/**
 * Folds the event log into one row per customer (the assignment unit) of an experiment: its arm, its value of the
 * metric during the experiment, the same metric before it (the CUPED covariate) and its segments. Pure.
 */
import type { Experiment, ExperimentMetric, SwitchboardEvent } from '@switchboard/spec';
import { conversationOutcomes, type ConversationOutcome } from '../outcomes/conversation-outcomes.js';
import type { OutcomeSettings } from '../outcomes/outcome-settings.js';
import { assignArm } from './assign-arm.js';
import { experimentArmWeights, experimentHoldoutArm } from './experiment-assignment.js';

/** One assigned unit. */
export interface ExperimentUnit {
  /** `customer:…`, `device:…` or `conversation:…` (`assignmentUnit`). */
  readonly unit: string;
  readonly arm: string;
  /** The unit's mean of the metric over its conversations in the experiment; null when none has a value yet. */
  readonly outcome: number | null;
  /** The same mean over its conversations before the experiment; absent for a customer new to it. */
  readonly covariate?: number | undefined;
  /** The unit's first conversation's intent, persona and language; `(none)` when not recorded. */
  readonly segments: { readonly intent: string; readonly persona: string; readonly language: string };
}

export interface ExperimentUnitsInput {
  /** The log in append order, from the start of the pre-period on (`EventStore.list({since})`). */
  readonly events: readonly SwitchboardEvent[];
  /** With `name`, replies another experiment served are left out. */
  readonly experiment: Pick<Experiment, 'arms' | 'metric' | 'salt' | 'createdAt'> & { readonly name?: string };
  /** Now: events after it are not read. */
  readonly asOf: string;
  readonly settings?: OutcomeSettings;
}

export interface ExperimentUnits {
  readonly units: readonly ExperimentUnit[];
  /**
   * How the conversations were put in arms: `recorded` when every reply named one of the experiment's arms (the
   * server served this experiment's arms), `release` when some were put in an arm by the release that answered them
   * (they were served outside it: before it was served, or while a staged rollout took precedence).
   */
  readonly assignedBy: 'recorded' | 'release';
  /** Conversations of a unit already in another arm (the unit keeps its first arm; these are left out). */
  readonly crossovers: number;
}

const none = '(none)';

/**
 * The metric of one conversation: `resolution` 1 when the bot resolved it and it was not reopened, 0 when it
 * settled any other way, null while it is still open; `escalation` 1 when a handoff was opened; `csat` its latest
 * rating, null without one.
 */
export function conversationMetric(conversation: ConversationOutcome, metric: ExperimentMetric): number | null {
  if (metric === 'csat') return conversation.csat;
  if (metric === 'escalation') return conversation.outcome.escalation === null ? 0 : 1;
  if (conversation.outcome.outcome === 'open') return null;
  return conversation.outcome.outcome === 'resolved_bot' ? 1 : 0;
}

export function experimentUnits(input: ExperimentUnitsInput): ExperimentUnits {
  const { experiment, events, asOf } = input;
  const view = { asOf, ...(input.settings ? { settings: input.settings } : {}) };
  const replies = replyFacts(events);
  // The pre-period's outcomes as they stood when the experiment began, so later events cannot move the covariate.
  const before = conversationOutcomes(events, { from: '', to: experiment.createdAt }, { ...view, asOf: experiment.createdAt });
  const during = conversationOutcomes(events, { from: experiment.createdAt, to: asOf }, view);
  const covariates = unitMeans(before.map((conversation) => [conversation.rater, conversationMetric(conversation, experiment.metric)]));

  let recordedOnly = true;
  let crossovers = 0;
  const units = new Map<string, { arm: string; values: number[]; first: ConversationOutcome }>();
  for (const conversation of during) {
    const facts = replies.get(conversation.conversationId);
    // A held-out unit (of this experiment or a rollout: the same permanent holdout) is in no analysis.
    if (facts?.arm === experimentHoldoutArm) continue;
    // Served by another experiment (their arms may share names and releases): not this one's.
    if (experiment.name !== undefined && facts?.experiment != null && facts.experiment !== experiment.name) continue;
    const recorded = experiment.arms.find((arm) => arm.name === facts?.arm && arm.release === conversation.release);
    const byRelease = experiment.arms.filter((arm) => arm.release === conversation.release);
    if (!recorded) recordedOnly = false;
    const arm =
      recorded?.name ??
      (byRelease.length === 1
        ? byRelease[0]?.name
        : byRelease.length > 1
          ? // Several arms serve this release (an A/A test): the experiment's own salt splits its customers.
            // The served split's weights, so a unit lands in the arm serving would have given it.
            armOf(assignArm(conversation.rater, experiment.salt, experimentArmWeights({ arms: byRelease }), 0))
          : undefined);
    if (arm === undefined) continue;
    const unit = units.get(conversation.rater) ?? { arm, values: [], first: conversation };
    if (unit.arm !== arm) {
      crossovers += 1;
      continue;
    }
    const value = conversationMetric(conversation, experiment.metric);
    if (value !== null) unit.values.push(value);
    units.set(conversation.rater, unit);
  }
  return {
    assignedBy: recordedOnly ? 'recorded' : 'release',
    crossovers,
    units: [...units].map(([unit, { arm, values, first }]) => ({
      unit,
      arm,
      outcome: values.length === 0 ? null : mean(values),
      covariate: covariates.get(unit),
      segments: {
        intent: first.intent ?? none,
        persona: first.persona ?? none,
        language: replies.get(first.conversationId)?.language ?? none,
      },
    })),
  };
}

interface ReplyFacts {
  readonly arm: string | null;
  readonly language: string | null;
  /** The experiment that served it, recorded since experiments are served; null before and outside one. */
  readonly experiment: string | null;
}

/** The arm, language and experiment the first reply of each conversation recorded. */
function replyFacts(events: readonly SwitchboardEvent[]): Map<string, ReplyFacts> {
  const facts = new Map<string, ReplyFacts>();
  for (const event of events) {
    if (event.conversationId === null || !event.type.startsWith('message.') || event.type === 'message.received') continue;
    if (facts.has(event.conversationId) || typeof event.data['release'] !== 'string') continue;
    const { arm, language, experiment } = event.data;
    facts.set(event.conversationId, {
      arm: typeof arm === 'string' ? arm : null,
      language: typeof language === 'string' ? language : null,
      experiment: typeof experiment === 'string' ? experiment : null,
    });
  }
  return facts;
}

function unitMeans(values: readonly (readonly [string, number | null])[]): Map<string, number> {
  const grouped = new Map<string, number[]>();
  for (const [unit, value] of values) if (value !== null) grouped.set(unit, [...(grouped.get(unit) ?? []), value]);
  return new Map([...grouped].map(([unit, unitValues]) => [unit, mean(unitValues)]));
}

function armOf(assignment: ReturnType<typeof assignArm>): string | undefined {
  return assignment.heldOut ? undefined : assignment.arm;
}

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
