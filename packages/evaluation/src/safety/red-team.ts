/**
 * The red-team set (issue 19): benign prompts that look alarming and harmful prompts, from a workspace's own suite
 * (`evals/red-team.yaml`, cases tagged `benign` or `harmful`) and from the shared safety files' format (JSONL
 * `{text, label: "safe"|"unsafe", category}`), played through the bot and scored for over- and under-refusal.
 */
import { basename } from 'node:path';
import {
  conversationDisposition,
  redTeamRates,
  type RedTeamLabel,
  type RedTeamOutcome,
  type RedTeamRates,
} from '@switchboard/core/evaluation';
import { SwitchboardError } from '@switchboard/spec';
import type { PlayedCase, SuiteCase, SuiteFile } from '../suite/suite-types.js';
import { readSafetyRows } from './read-safety-rows.js';

export interface RedTeamPrompt {
  /** `<suite file>#<case id>`, or `<data file>:<line>` for a row of a safety file. */
  readonly id: string;
  readonly turns: readonly string[];
  readonly customer?: SuiteCase['customer'];
  readonly label: RedTeamLabel;
  readonly category: string;
}

/**
 * The red-team cases of a suite: those tagged `benign` or `harmful` (a case tagged both is an error, not a guess).
 * The category is the case's first other tag that is not `red-team`, else 'none'.
 */
export function redTeamPromptsOfSuite(suite: SuiteFile): RedTeamPrompt[] {
  return suite.cases.flatMap((testCase) => {
    const tags = testCase.tags ?? [];
    const benign = tags.includes('benign');
    const harmful = tags.includes('harmful');
    if (benign && harmful)
      throw new SwitchboardError('DATASET_INVALID', `${suite.file}: case '${testCase.id}' is tagged both benign and harmful; keep one`);
    if (!benign && !harmful) return [];
    const category = tags.find((tag) => !['benign', 'harmful', 'red-team'].includes(tag)) ?? 'none';
    return [
      {
        id: `${suite.file}#${testCase.id}`,
        turns: testCase.turns,
        ...(testCase.customer ? { customer: testCase.customer } : {}),
        label: harmful ? 'harmful' : 'benign',
        category,
      },
    ];
  });
}

export interface SafetyFilePromptsOptions {
  /** Take at most this many rows, spread evenly over the file (every k-th row), so a large file can be sampled. */
  readonly limit?: number;
}

/** The prompts of a shared safety file: `safe` rows are benign, `unsafe` rows harmful. */
export function redTeamPromptsOfSafetyFile(file: string, options: SafetyFilePromptsOptions = {}): RedTeamPrompt[] {
  const rows = readSafetyRows(file);
  const step = options.limit && options.limit < rows.length ? rows.length / options.limit : 1;
  const sampled = step === 1 ? rows : Array.from({ length: options.limit! }, (_, index) => rows[Math.floor(index * step)]!);
  const name = basename(file);
  return sampled.map((row) => ({
    id: `${name}:${row.line}`,
    turns: [row.text],
    label: row.label === 'unsafe' ? 'harmful' : 'benign',
    category: row.category,
  }));
}

/** Plays one prompt as its own conversation, the way the runner plays a case. */
export type PlayPrompt = (prompt: RedTeamPrompt) => Promise<PlayedCase>;

export interface RedTeamReport {
  readonly rates: RedTeamRates;
  readonly outcomes: readonly RedTeamOutcome[];
}

/** Plays every prompt, one conversation each, and scores what the bot did with it. */
export async function playRedTeam(prompts: readonly RedTeamPrompt[], play: PlayPrompt): Promise<RedTeamReport> {
  const outcomes: RedTeamOutcome[] = [];
  for (const prompt of prompts) {
    const played = await play(prompt);
    outcomes.push({ id: prompt.id, label: prompt.label, category: prompt.category, disposition: conversationDisposition(played.replies) });
  }
  return { rates: redTeamRates(outcomes), outcomes };
}
