/**
 * Robustness probes over golden-suite cases (issue 19): each case rewritten by every probe rule, played like the case
 * itself, and checked for the same intent and handoff decision. `eval run --probes` plays them next to the suite.
 */
import {
  caseConsistency,
  onceRules,
  probeRules,
  probeVariant,
  defaultProbeSeed,
  type CaseConsistency,
  type ProbeRule,
} from '@switchboard/core/evaluation';
import type { PlayedCase, SuiteCase } from './suite-types.js';

export interface ProbeCaseOptions {
  /** The typo rules' seed; the same seed makes the same variants. */
  readonly seed?: number;
  readonly rules?: readonly ProbeRule[];
}

/** A variant of a case: the case with its turns rewritten by one rule, its id `<case id>~<rule>`. */
export interface ProbeCase extends SuiteCase {
  readonly rule: ProbeRule;
  /** The id of the case it varies. */
  readonly of: string;
}

/**
 * The variants of a case, one per rule that changes it. A greeting, a politeness formula or a thanks is added to the
 * first turn only; typos, casing and word order rewrite every turn, as a customer who types that way does throughout.
 * Expectations are the case's own: a variant is judged by consistency with the original, not by them.
 */
export function probeCase(testCase: SuiteCase, options: ProbeCaseOptions = {}): ProbeCase[] {
  const seed = options.seed ?? defaultProbeSeed;
  return (options.rules ?? probeRules).flatMap((rule) => {
    const turns = testCase.turns.map((text, index) => (onceRules.has(rule) && index > 0 ? text : probeVariant(text, rule, seed)));
    if (turns.every((text, index) => text === testCase.turns[index])) return [];
    return [{ ...testCase, id: `${testCase.id}~${rule}`, turns, rule, of: testCase.id }];
  });
}

/** A case's consistency: its original conversation against each variant's. */
export function consistency(
  testCase: SuiteCase,
  original: PlayedCase,
  variants: readonly { readonly variant: ProbeCase; readonly played: PlayedCase }[],
): CaseConsistency {
  return caseConsistency(
    testCase.id,
    original,
    variants.map(({ variant, played }) => ({ rule: variant.rule, played })),
  );
}

/** Plays a conversation as the runner does (the case gives the customer; `turns` may be a variant's). */
export type PlayTurns = (turns: readonly string[], testCase: SuiteCase) => Promise<PlayedCase>;

export interface PlayProbesOptions extends ProbeCaseOptions {
  /** The case as already played by the run, so it is not played twice. */
  readonly original?: PlayedCase;
}

export interface PlayedProbes {
  readonly consistency: CaseConsistency;
  readonly variants: readonly { readonly variant: ProbeCase; readonly played: PlayedCase }[];
}

/** Plays a case's variants, one at a time (each is its own conversation), and compares them with the case. */
export async function playProbes(testCase: SuiteCase, play: PlayTurns, options: PlayProbesOptions = {}): Promise<PlayedProbes> {
  const original = options.original ?? (await play(testCase.turns, testCase));
  const variants: { variant: ProbeCase; played: PlayedCase }[] = [];
  for (const variant of probeCase(testCase, options)) variants.push({ variant, played: await play(variant.turns, variant) });
  return { consistency: consistency(testCase, original, variants), variants };
}
