/**
 * `switchboard simulate traffic --conversations N [--effect ARM:metric=delta…] [--runs R] [--seed S] [--json]`:
 * simulated staged rollouts through the real assignment, conversation service, guardrails and tick on in-memory
 * stores, reporting how often they roll back (docs/rollout.md, "Traffic simulator"). Needs no workspace.
 */
import type { Command } from 'commander';
import { parseTrafficEffect, simulateTraffic, type TrafficEffect, type TrafficSimulation } from '@switchboard/evaluation';
import { SwitchboardError } from '@switchboard/spec';
import { formatTable, printJson, printLine } from '../output.js';
import { createProgressBar } from '../progress-bar.js';
import { parentCommand } from './parent-command.js';

interface TrafficFlags {
  conversations: string;
  effect: TrafficEffect[];
  runs: string;
  seed: string;
  stages?: string;
  minConversations?: string;
  minHours?: string;
  alpha?: string;
  json?: boolean;
}

export function registerSimulateTrafficCommand(program: Command): Command {
  const simulate = parentCommand(program, 'simulate', 'play simulated customers against the bot before launch');
  simulate
    .command('traffic')
    .description('simulate staged rollouts with synthetic customers through the real assignment and guardrails; report the rollback rate')
    .requiredOption('--conversations <n>', 'customers per simulated rollout')
    .option(
      '--effect <arm:metric=delta>',
      'shift an arm: csat (points), escalation|grounding|error (rate), latency (ms); repeatable',
      collectEffect,
      [],
    )
    .option('--runs <r>', 'simulated rollouts', '20')
    .option('--seed <s>', 'seed of the random source', '1')
    .option('--stages <list>', 'candidate percentages per stage (default 5,20,50,100)')
    .option('--min-conversations <n>', 'conversations per arm before a stage advances (default 100)')
    .option('--min-hours <h>', 'simulated hours before a stage advances (default 24)')
    .option('--alpha <a>', 'the guardrails’ false-breach rate (default 0.05)')
    .option('--json', 'print {settings, rates, runs: [...], summary: {rollbackRate, interval, ...}} as JSON')
    .action(async (flags: TrafficFlags) => {
      const runs = whole('--runs', flags.runs, 1, 10_000);
      const bar = flags.json ? null : createProgressBar(process.stderr, 'simulate ');
      const alpha = flags.alpha === undefined ? undefined : fraction('--alpha', flags.alpha);
      const simulation = await simulateTraffic({
        conversations: whole('--conversations', flags.conversations, 1, 1_000_000),
        effects: flags.effect,
        runs,
        seed: whole('--seed', flags.seed, 0, 2 ** 32 - 1),
        ...(flags.stages === undefined ? {} : { stages: flags.stages.split(',').map((part) => whole('--stages', part, 1, 100)) }),
        ...(flags.minConversations === undefined ? {} : { minConversations: whole('--min-conversations', flags.minConversations, 1, 1e9) }),
        ...(flags.minHours === undefined ? {} : { minHours: whole('--min-hours', flags.minHours, 0, 1e6) }),
        settings: { sloP95Ms: 3000, ...(alpha === undefined ? {} : { alpha }) },
        onProgress: (done, total) => bar?.update(done, total, `rollout ${done}`),
      });
      bar?.finish();
      if (flags.json) return printJson(simulation);
      printTraffic(simulation);
    });
  return simulate;
}

function printTraffic({ settings, runs, summary }: TrafficSimulation): void {
  printLine(
    formatTable(
      ['run', 'outcome', 'stage', 'guardrail', 'conversations', 'candidate'],
      runs.map((run) => [
        String(run.run + 1),
        run.outcome,
        `${run.percent}%`,
        run.guardrail ?? '-',
        String(run.conversations),
        String(run.candidateConversations),
      ]),
    ),
  );
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const label = settings.effects.length === 0 ? 'false-rollback rate (A/A)' : 'power (rolled back)';
  printLine(
    `\n${label}: ${summary.rolledBack}/${summary.runs} = ${percent(summary.rollbackRate)} ` +
      `(95% CI ${percent(summary.interval.lower)}–${percent(summary.interval.upper)}), alpha ${settings.alpha}; completed ${summary.completed}`,
  );
}

function collectEffect(value: string, effects: TrafficEffect[]): TrafficEffect[] {
  return [...effects, parseTrafficEffect(value)];
}

function whole(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new SwitchboardError('VALIDATION_FAILED', `${flag} must be a whole number from ${min} to ${max}, got '${text}'`);
  return value;
}

function fraction(flag: string, text: string): number {
  const value = Number(text);
  if (!(value > 0 && value < 1)) throw new SwitchboardError('VALIDATION_FAILED', `${flag} must be between 0 and 1, got '${text}'`);
  return value;
}
