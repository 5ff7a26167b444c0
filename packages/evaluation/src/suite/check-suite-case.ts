/**
 * Checks a played case against its expectations: one readable line per unmet expectation, none when it passed. Pure:
 * it reads what playing recorded and nothing else.
 */
import { answerRubric, referenceSteps } from '@switchboard/core/evaluation';
import { citesAnyOf, citesSource, normalizePath } from './cited-sources.js';
import { matchesSubset } from './matches-subset.js';
import type { CaseExpectation, PlayedCase, PlayedReply, SuiteCase } from './suite-types.js';

type Check = (expect: CaseExpectation, played: PlayedCase, testCase: SuiteCase) => string[];

/** The checks in the order their reasons are listed; each returns nothing when its key is absent. */
const checks: readonly Check[] = [
  checkIntent,
  checkHandoff,
  checkCites,
  checkSteps,
  checkSays,
  checkNeverSays,
  checkActions,
  checkClaims,
  checkLanguage,
];

export function checkSuiteCase(testCase: SuiteCase, played: PlayedCase): string[] {
  return checks.flatMap((check) => check(testCase.expect, played, testCase));
}

/** The answer a case is judged on for citations, steps and intent: the reply to the last customer turn. */
function lastReply(played: PlayedCase): PlayedReply | null {
  return played.replies.at(-1) ?? null;
}

function checkIntent(expect: CaseExpectation, played: PlayedCase): string[] {
  if (expect.intent === undefined) return [];
  const reply = lastReply(played);
  if (!reply) return [`intent ${expect.intent} expected; no reply`];
  if (!reply.intent) return [`intent ${expect.intent} expected; no intent model chose one`];
  if (reply.intent.label === expect.intent) return [];
  return [`intent ${expect.intent} expected; got ${reply.intent.label} (${reply.intent.confidence.toFixed(2)})`];
}

function checkHandoff(expect: CaseExpectation, played: PlayedCase): string[] {
  if (expect.handoff === undefined) return [];
  const handoffs = played.replies.filter((reply) => reply.handoff !== null);
  const described = handoffs.map((reply) => `${reply.handoff!.reason} at turn ${reply.turn} (${reply.handoff!.mode})`).join(', ');
  if (expect.handoff === false) return handoffs.length === 0 ? [] : [`no handoff expected; got ${described}`];
  if (expect.handoff === true) return handoffs.length > 0 ? [] : ['handoff expected; none'];
  if (handoffs.some((reply) => reply.handoff!.reason === expect.handoff)) return [];
  return [`handoff expected (${expect.handoff}); ${handoffs.length === 0 ? 'none' : `got ${described}`}`];
}

function checkCites(expect: CaseExpectation, played: PlayedCase): string[] {
  if (expect.cites === undefined) return [];
  const citations = lastReply(played)?.citations ?? [];
  const cited = unique(citations.map((citation) => normalizePath(citation.path)));
  const reasons: string[] = [];
  if (!citesAnyOf(citations, expect.cites))
    reasons.push(`cites ${expect.cites.map(normalizePath).join(' or ')}; cited ${cited.length > 0 ? cited.join(', ') : 'nothing'}`);
  // A case that lists the further sources an answer may cite says, by listing them, that any other is wrong.
  if (expect.alsoOk !== undefined) {
    const allowed = [...expect.cites, ...expect.alsoOk];
    const unrelated = citations.filter((citation) => !allowed.some((source) => citesSource(citation, source)));
    for (const path of unique(unrelated.map((citation) => normalizePath(citation.path))))
      reasons.push(`cited ${path}, which is in neither expect.cites nor expect.alsoOk`);
  }
  return reasons;
}

function checkSteps(expect: CaseExpectation, played: PlayedCase, testCase: SuiteCase): string[] {
  if (expect.steps !== true || testCase.reference === undefined) return [];
  const reply = lastReply(played);
  if (!reply) return ['the reference steps expected; no reply'];
  // The answer rubric's own step matching (content words of each step, in order), so both evaluations agree.
  const { missingSteps } = answerRubric(
    { id: testCase.id, turns: testCase.turns, expect: { cites: expect.cites ?? [] }, reference: testCase.reference },
    { text: reply.text, citations: [], declined: false },
  );
  if (missingSteps.length === 0) return [];
  const total = referenceSteps(testCase.reference).length;
  return [`steps missing or out of order (${missingSteps.length} of ${total}): ${missingSteps.map((step) => `"${step}"`).join('; ')}`];
}

function checkSays(expect: CaseExpectation, played: PlayedCase): string[] {
  return (expect.says ?? [])
    .filter((pattern) => !played.replies.some((reply) => regex(pattern).test(reply.text)))
    .map((pattern) => `says /${pattern}/ not found`);
}

function checkNeverSays(expect: CaseExpectation, played: PlayedCase): string[] {
  return (expect.neverSays ?? []).flatMap((pattern) =>
    played.replies.flatMap((reply) => {
      const found = regex(pattern).exec(reply.text);
      return found ? [`never says /${pattern}/; turn ${reply.turn} says "${found[0]}"`] : [];
    }),
  );
}

function checkActions(expect: CaseExpectation, played: PlayedCase): string[] {
  return (expect.actions ?? []).flatMap((action) => {
    const outcome = action.outcome ?? 'executed';
    const made = played.actions.filter((call) => call.tool === action.tool && matchesSubset(action.args ?? {}, call.args));
    if (made.some((call) => call.outcome === outcome)) return [];
    const wanted = `action ${describeCall(action.tool, action.args)} expected (${outcome})`;
    const calls = made.length > 0 ? made : played.actions.filter((call) => call.tool === action.tool);
    const got =
      calls.length > 0
        ? calls.map((call) => `${describeCall(call.tool, call.args)} (${call.outcome})`).join(', ')
        : `no ${action.tool} call`;
    return [`${wanted}; got ${got}`];
  });
}

function checkClaims(expect: CaseExpectation, played: PlayedCase): string[] {
  if (expect.noUnloggedActionClaims !== true) return [];
  return played.replies.flatMap((reply) =>
    reply.unloggedActionClaims.map((claim) => `claims an action the log does not show: "${claim}" (turn ${reply.turn})`),
  );
}

function checkLanguage(expect: CaseExpectation, played: PlayedCase): string[] {
  if (expect.language === undefined) return [];
  const wanted = expect.language.toLowerCase();
  return played.replies
    .filter((reply) => reply.language?.toLowerCase().split('-')[0] !== wanted)
    .map(
      (reply) => `language ${wanted} expected; turn ${reply.turn} ${reply.language ? `in ${reply.language}` : 'in no language detected'}`,
    );
}

/** Patterns were compiled once when the suite was read; a bad one never gets here. */
function regex(pattern: string): RegExp {
  return new RegExp(pattern, 'iu');
}

function describeCall(tool: string, args: Readonly<Record<string, unknown>> | undefined): string {
  return args && Object.keys(args).length > 0 ? `${tool} ${JSON.stringify(args)}` : tool;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
