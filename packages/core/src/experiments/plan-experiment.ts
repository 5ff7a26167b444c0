/**
 * The plan `experiment create` prints: units needed per arm and the days they take, from the recent event log's
 * traffic and the metric's baseline in the same window. Pure: the caller reads the log and passes the window.
 */
import type { ExperimentMetric, SwitchboardEvent } from '@switchboard/spec';
import { conversationOutcomes, type OutcomeWindow } from '../outcomes/conversation-outcomes.js';
import type { OutcomeSettings } from '../outcomes/outcome-settings.js';
import { summarizeValues } from './arm-statistics.js';
import { conversationMetric } from './experiment-units.js';
import { experimentDuration, meanSampleSize, proportionSampleSize } from './sample-size.js';

export interface ExperimentPlanInput {
  /** The log from `window.from` on, in append order. */
  readonly events: readonly SwitchboardEvent[];
  /** The recent window the traffic and the baseline are measured over (the CLI uses the last 14 days). */
  readonly window: OutcomeWindow;
  readonly metric: ExperimentMetric;
  readonly mde: number;
  readonly alpha: number;
  readonly power: number;
  readonly holdoutPercent: number;
  readonly armCount: number;
  readonly settings?: OutcomeSettings;
  /** Fewer measured conversations than this and the baseline is not estimated from them. Default 30. */
  readonly minimumConversations?: number;
}

export interface ExperimentPlan {
  readonly windowDays: number;
  readonly conversationsPerDay: number;
  /** Distinct customers (assignment units) per day: what the duration divides by. */
  readonly unitsPerDay: number;
  /** The metric in the window (a rate, or the mean CSAT) and, for CSAT, its standard deviation; null when not estimated. */
  readonly baseline: { readonly value: number; readonly standardDeviation: number | null; readonly conversations: number } | null;
  /** What the sample size assumed when the window had too little traffic: a 50% rate or a CSAT σ of 1.2 (the worst case). */
  readonly assumed: string | null;
  readonly perArm: number;
  /** Null when the window had no traffic. */
  readonly days: number | null;
}

const worstRate = 0.5;
const typicalCsatDeviation = 1.2;
const dayMs = 86_400_000;

export function planExperiment(input: ExperimentPlanInput): ExperimentPlan {
  const conversations = conversationOutcomes(input.events, input.window, {
    asOf: input.window.to,
    ...(input.settings ? { settings: input.settings } : {}),
  });
  const windowDays = (Date.parse(input.window.to) - Date.parse(input.window.from)) / dayMs;
  const values = conversations.flatMap((conversation) => {
    const value = conversationMetric(conversation, input.metric);
    return value === null ? [] : [value];
  });
  const enough = values.length >= (input.minimumConversations ?? 30);
  const summary = enough ? summarizeValues(values) : null;
  const design = { alpha: input.alpha, power: input.power };
  let assumed: string | null = null;
  let perArm: number;
  if (input.metric === 'csat') {
    const deviation = summary && summary.variance > 0 ? Math.sqrt(summary.variance) : null;
    if (deviation === null) assumed = `a CSAT standard deviation of ${typicalCsatDeviation}`;
    perArm = meanSampleSize({ ...design, standardDeviation: deviation ?? typicalCsatDeviation, minimumDetectableEffect: input.mde }).perArm;
  } else {
    const rate = summary && summary.mean > 0 && summary.mean < 1 ? summary.mean : null;
    if (rate === null) assumed = `a baseline rate of ${worstRate * 100}% (the largest sample)`;
    const base = rate ?? worstRate;
    // An increase past 100% cannot be detected; plan for the same size of fall instead.
    const delta = base + input.mde < 1 ? input.mde : -input.mde;
    perArm = proportionSampleSize({ ...design, baseline: base, minimumDetectableEffect: delta }).perArm;
  }
  const units = new Set(conversations.map((conversation) => conversation.rater)).size;
  const unitsPerDay = windowDays > 0 ? units / windowDays : 0;
  const share = (1 - input.holdoutPercent / 100) / input.armCount;
  return {
    windowDays,
    conversationsPerDay: windowDays > 0 ? conversations.length / windowDays : 0,
    unitsPerDay,
    baseline: summary
      ? {
          value: summary.mean,
          standardDeviation: input.metric === 'csat' ? Math.sqrt(summary.variance) : null,
          conversations: values.length,
        }
      : null,
    assumed,
    perArm,
    days:
      unitsPerDay > 0 ? experimentDuration({ perArm, unitsPerDay, armShares: Array.from({ length: input.armCount }, () => share) }) : null,
  };
}
