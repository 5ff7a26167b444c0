/**
 * Golden suites (issue 19): the shapes every part shares — the case as written in `evals/*.yaml`, what playing it
 * produced, its verdict, and the stored run. `eval run`, `eval gate`, the HTML report, the ticket import and the
 * console all read and write these; the JSON keys are contracts (`eval run --json`: `{runId, cases: [{id, passed,
 * reasons}], aggregates}`).
 */

/** What a case expects; every key optional, each one checked when present. */
export interface CaseExpectation {
  /** The intent the classifier must choose for the (last) customer turn. */
  readonly intent?: string;
  /** true: some turn hands off; false: none does; a string: a handoff with exactly this reason. */
  readonly handoff?: boolean | string;
  /** Paths (kb/billing/refunds.md) or urls, any one of which the answer must cite. */
  readonly cites?: readonly string[];
  /** Further sources an answer may cite without counting as a wrong citation (answers.yaml). */
  readonly alsoOk?: readonly string[];
  /** Regular expressions (case-insensitive) the bot's replies must each match somewhere. */
  readonly says?: readonly string[];
  /** Regular expressions (case-insensitive) no reply may match. */
  readonly neverSays?: readonly string[];
  /**
   * Tool calls the workflow must make, args matched as a subset; `outcome` is the action log's status the call must
   * end in ('executed' when absent; 'awaiting_approval' for a call parked for a person).
   */
  readonly actions?: readonly {
    readonly tool: string;
    readonly args?: Readonly<Record<string, unknown>>;
    readonly outcome?: 'executed' | 'blocked' | 'failed' | 'awaiting_approval';
  }[];
  /** No reply may claim an action the action log does not show. */
  readonly noUnloggedActionClaims?: boolean;
  /** The language (ISO 639-1) the replies must be in. */
  readonly language?: string;
  /** The reference has numbered steps (answers.yaml). */
  readonly steps?: boolean;
}

export interface SuiteCase {
  /** Unique within the suite. */
  readonly id: string;
  /** The customer's messages in order; one conversation. */
  readonly turns: readonly string[];
  /** Verified attributes, as an identity token would carry them (customerId, plan, role, locale, …). */
  readonly customer?: Readonly<Record<string, string | number | boolean>>;
  readonly expect: CaseExpectation;
  /** The reply a support lead would send (answers.yaml); scored for overlap, never required to match. */
  readonly reference?: string;
  readonly tags?: readonly string[];
  /** Where a case came from, e.g. `zendesk:4711` (eval import-tickets), and how many tickets it merges. */
  readonly source?: { readonly ticketIds: readonly string[]; readonly count: number };
}

export interface SuiteFile {
  /** The path as given, relative to the workspace when under it. */
  readonly file: string;
  readonly cases: readonly SuiteCase[];
}

/** One stage of a reply's trace as a run keeps it: its name, time and decision in one line. */
export interface StageSummary {
  readonly name: string;
  readonly milliseconds: number;
  /** The stage's detail as compact JSON, cut short: enough to see the decision, small enough to store per reply. */
  readonly summary: string;
}

/** One bot reply of a played case. */
export interface PlayedReply {
  /** The customer turn it answers, 1-based (`turns[turn - 1]`), as reasons name it. */
  readonly turn: number;
  readonly text: string;
  /**
   * What became of the turn (the conversation service's message outcome): 'answered', 'declined' (a person offered),
   * 'handoff' (transferred) or 'refused'. Optional so a constructed reply may leave it out; then a reply without a
   * handoff counts as answered.
   */
  readonly outcome?: 'answered' | 'declined' | 'handoff' | 'refused';
  readonly citations: readonly { readonly path: string; readonly url: string | null; readonly chunkId: string }[];
  readonly confidence: number;
  /** The handoff this reply made or offered, with its reason; null for none. */
  readonly handoff: { readonly mode: 'offered' | 'transferred'; readonly reason: string } | null;
  /** The intent chosen for the turn and its calibrated confidence; null without an intent model. */
  readonly intent: { readonly label: string; readonly confidence: number } | null;
  readonly language: string | null;
  /**
   * Share of the reply's fact-stating sentences its cited chunks support (the guard's grounding check); null when
   * the reply quotes no knowledge (a workflow step, a handoff, a decline), which the check does not apply to.
   */
  readonly faithfulness: number | null;
  /** Sentences claiming an action the action log does not show. */
  readonly unloggedActionClaims: readonly string[];
  readonly traceId: string;
  /**
   * The trace's stages in brief (`stageSummaries`), kept in the run because the trace itself lives in the scratch copy
   * and goes with it: the HTML report shows them under a failed case. Optional: a constructed reply may leave them out.
   */
  readonly stages?: readonly StageSummary[];
  readonly milliseconds: number;
  /** Model cost of the turn in US dollars; 0 without an LLM. */
  readonly costUsd: number;
}

export interface PlayedCase {
  readonly replies: readonly PlayedReply[];
  /** Tool calls that ran, in order. */
  readonly actions: readonly { readonly tool: string; readonly args: Readonly<Record<string, unknown>>; readonly outcome: string }[];
}

export interface CaseResult {
  readonly id: string;
  /** The suite file it came from. */
  readonly suite: string;
  readonly passed: boolean;
  /** Why it failed, one line per unmet expectation ("cites kb/x.md, got kb/y.md"); empty when it passed. */
  readonly reasons: readonly string[];
  readonly played: PlayedCase;
  /**
   * The case's customer turns and expectation as played (copied from its `SuiteCase`), so a stored run explains itself:
   * the HTML report shows a failure's transcript from `turns` and the intent confusion from `expect.intent`.
   * Optional only so results constructed without them (and runs stored before them) still read.
   */
  readonly turns?: readonly string[];
  readonly expect?: CaseExpectation;
  /** The LLM judge's grades of the replies against the workspace rubric (`eval run --judge`); advisory, never changes `passed`. */
  readonly judge?: CaseJudgement;
  /** Set on a simulated conversation (`simulate conversations`): its persona, how it ended and the judge's findings. */
  readonly simulation?: SimulatedConversation;
}

/** One rubric criterion as the LLM judge graded it. */
export interface JudgeGrade {
  readonly name: string;
  /** 1 (worst) to 5 (best). */
  readonly score: number;
  readonly reason: string;
}

/** The LLM judge's verdict on a case: grades and their weighted score, or why there are none (never a pass). */
export type CaseJudgement =
  | {
      readonly ok: true;
      /** The judge model, 'provider:model'. */
      readonly model: string;
      /** The rubric's weighted mean of the grades, 1..5 mapped to 0..1. */
      readonly score: number;
      readonly grades: readonly JudgeGrade[];
    }
  | { readonly ok: false; readonly model: string; readonly failure: string };

/** A conversation an LLM played from a persona card against the bot, and what the judge found. */
export interface SimulatedConversation {
  /** The persona card's name. */
  readonly persona: string;
  /** The customer said DONE, the turn limit came, the bot transferred to a person, or the customer model or the bot failed. */
  readonly endedBy: 'done' | 'max-turns' | 'transferred' | 'customer-failed' | 'bot-failed';
  /** What went wrong with the customer model when it ended the conversation. */
  readonly customerFailure?: string;
  /** The judge's findings; `handedOff` is read from the replies, `handoffRight` compares it with `handoffNeeded`. */
  readonly findings:
    | {
        readonly ok: true;
        readonly goalCompleted: boolean;
        readonly policyComplied: boolean;
        readonly handoffNeeded: boolean;
        readonly handedOff: boolean;
        readonly handoffRight: boolean;
        readonly reasons: { readonly goal: string; readonly policy: string; readonly handoff: string };
      }
    | { readonly ok: false; readonly failure: string };
}

/** A criterion's comparison, as written in `release.criteria`: `">= 0.98"`, `"<= 1500"`, `"== 0"` (spec's vocabulary). */
export type { CriterionOperator } from '@switchboard/spec';

/** The aggregates of a run; every rate in 0..1, null when nothing was there to measure. */
export interface SuiteAggregates {
  readonly cases: number;
  readonly passed: number;
  readonly passRate: number;
  /** Share of turns answered (not declined, not handed off). */
  readonly answerRate: number | null;
  /** Mean faithfulness of answered replies that quote the knowledge. */
  readonly faithfulness: number | null;
  /** Share of cases with `cites` whose answer cited one of them. */
  readonly citationAccuracy: number | null;
  readonly intentAccuracy: number | null;
  /** Expected calibration error of the intent confidences (10 bins). */
  readonly intentEce: number | null;
  readonly handoffPrecision: number | null;
  readonly handoffRecall: number | null;
  /** Per handoff reason: precision and recall of that reason. */
  readonly handoffByReason: Readonly<Record<string, { readonly precision: number | null; readonly recall: number | null }>>;
  /** Share of replies with an action claim the log does not show. */
  readonly unloggedActionClaimRate: number | null;
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  readonly costUsd: number;
  /** Filled by a run with a baseline: cases that passed in the baseline and fail now. */
  readonly regressions?: number;
}

export interface EvalRun {
  readonly runId: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  /** sha256 of the configuration that decides behaviour (switchboard.yaml as loaded), first 16 hex digits. */
  readonly configHash: string;
  /** `KnowledgeStore.knowledgeVersion()` of the data it ran on. */
  readonly knowledgeVersion: number;
  /** `git rev-parse HEAD` of the workspace's repository, or null outside one. */
  readonly gitCommit: string | null;
  readonly suites: readonly string[];
  readonly cases: readonly CaseResult[];
  readonly aggregates: SuiteAggregates;
  /** With `--baseline`: the baseline's id and the cases that passed there and fail now. */
  readonly baseline?: { readonly runId: string; readonly regressions: readonly string[] };
  /** Expected sources (`cites`, `alsoOk`) that named no document of the workspace, each with its file, case and line. */
  readonly warnings?: readonly string[];
  /** With `--judge`: the judge model, the rubric file (null: the default rubric) and the mean score, a failed judgement counting 0. */
  readonly judge?: {
    readonly model: string;
    readonly rubric: string | null;
    readonly meanScore: number | null;
    readonly failures: number;
  };
  /** Set on a simulation run (`simulate conversations`); its cases are the simulated conversations. */
  readonly simulation?: SimulationSummary;
}

/** A simulation run's settings and the shares of its conversations the judge found good; a judge failure counts as bad. */
export interface SimulationSummary {
  /** The persona cards file, as named in the run. */
  readonly personas: string;
  readonly conversations: number;
  readonly maxTurns: number;
  readonly customerModel: string;
  readonly judgeModel: string;
  readonly goalCompletionRate: number | null;
  readonly policyComplianceRate: number | null;
  /** Share of conversations whose handoff (or its absence) the judge found right. */
  readonly handoffAccuracy: number | null;
  readonly judgeFailures: number;
  readonly customerFailures: number;
}
