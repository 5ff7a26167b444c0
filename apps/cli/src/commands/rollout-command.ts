/**
 * `switchboard rollout start|status|tick|pause|resume|promote|rollback`: a staged rollout of a release against the
 * serving one, rolled back by the guardrails at a tick (docs/rollout.md, "Staged rollout and rollback").
 */
import { userInfo } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import type { RolloutStatus, Steering } from '@switchboard/core/rollout';
import { checkKnownIntents } from '../intent-labels.js';
import { printJson, printLine } from '../output.js';
import { workspaceRolloutControl } from '../workspace-rollout.js';
import { withWorkspace } from '../workspace.js';
import { workspaceDir } from './command-context.js';
import { parentCommand } from './parent-command.js';

interface StartFlags {
  stages?: number[];
  firstStageIntents?: string[];
  minConversations?: number;
  minHours?: number;
}

const operator = (): string => `cli:${userInfo().username}`;
const warn = (message: string) => process.stderr.write(`switchboard: warning: ${message}\n`);

const list = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const numberOf = (value: string): number => {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new InvalidArgumentError('expected a non-negative number');
  return parsed;
};

function printStatus(status: RolloutStatus): void {
  const percent = status.arms[0]?.percent ?? 0;
  printLine(`rollout of ${status.release} against ${status.baseline}: ${status.state}, stage ${status.stage + 1} (${percent}%)`);
  for (const arm of status.arms)
    printLine(`  ${arm.arm.padEnd(9)} ${arm.release}: ${arm.percent}% of customers, ${arm.conversations} conversations this stage`);
  printLine('guardrails (candidate − baseline, always-valid interval):');
  for (const guardrail of status.guardrails) {
    const shown =
      guardrail.estimate === null
        ? `not enough data (${guardrail.counts.baseline} baseline, ${guardrail.counts.candidate} candidate)`
        : `${guardrail.estimate.toPrecision(3)} [${guardrail.interval?.lower.toPrecision(3)}, ${guardrail.interval?.upper.toPrecision(3)}], limit ${guardrail.threshold}: ${guardrail.decision}`;
    printLine(`  ${guardrail.name.padEnd(23)} ${shown}`);
  }
  printLine('decisions:');
  for (const decision of status.decisions) printLine(`  ${decision.at} ${decision.action}: ${decision.reason}`);
}

export function registerRolloutCommands(program: Command): Command {
  const rollout = parentCommand(program, 'rollout', 'roll a release out in stages; guardrails roll it back on their own');
  rollout
    .command('start')
    .description('start rolling NAME out against the serving release')
    .argument('<name>', 'the candidate release (see release list)')
    .option('--stages <percents>', 'the candidate’s share at each stage, ending at 100 (default 5,20,50,100)', (value) =>
      list(value).map(numberOf),
    )
    .option(
      '--first-stage-intents <list>',
      'the low-risk intents the first stage serves the candidate for (comma-separated); the baseline answers the rest',
      list,
    )
    .option('--min-conversations <n>', 'conversations each arm needs before a stage advances (default 100)', numberOf)
    .option('--min-hours <h>', 'hours a stage lasts at least (default 24)', numberOf)
    .action(async (name: string, flags: StartFlags, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        if (flags.firstStageIntents) checkKnownIntents(workspace.dir, flags.firstStageIntents, '--first-stage-intents');
        const started = await workspaceRolloutControl(workspace, warn).start({
          release: name,
          ...(flags.stages ? { stages: flags.stages } : {}),
          ...(flags.firstStageIntents ? { firstStageIntents: flags.firstStageIntents } : {}),
          ...(flags.minConversations === undefined ? {} : { minConversations: flags.minConversations }),
          ...(flags.minHours === undefined ? {} : { minHours: flags.minHours }),
          by: operator(),
        });
        printLine(
          `rolling out ${started.release} against ${started.baseline}: stages ${started.stages.join(', ')}%, now ${started.stages[0]}%`,
        );
        if (started.firstStageIntents.length > 0)
          printLine(
            `the first stage serves ${started.release} only for ${started.firstStageIntents.join(', ')}; the baseline answers the rest`,
          );
      });
    });
  rollout
    .command('status')
    .description('the stage, the arms, each guardrail with its interval, and every decision')
    .option('--json', 'print {release, baseline, state, stage, arms, guardrails, decisions} as JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const status = await workspaceRolloutControl(workspace, warn).status();
        if (flags.json) return printJson(status);
        if (!status) return printLine('no rollout was started (switchboard rollout start NAME)');
        printStatus(status);
      });
    });
  rollout
    .command('tick')
    .description('evaluate the guardrails now and apply the decision, as the server does every rollout.tickSeconds')
    .action(async (_flags: unknown, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const ticked = await workspaceRolloutControl(workspace, warn).tick();
        if (!ticked) return printLine('no rollout is running');
        printLine(
          `${ticked.decision.action}: ${ticked.decision.reason}${ticked.applied ? '' : ' (not recorded: unchanged or decided elsewhere)'}`,
        );
      });
    });
  const steering: Record<Steering, string> = {
    pause: 'keep the current split but stop advancing',
    resume: 'let a paused rollout advance again',
    promote: 'make the candidate the serving release now',
    rollback: 'return every customer to the baseline now',
  };
  for (const [action, description] of Object.entries(steering) as [Steering, string][]) {
    rollout
      .command(action)
      .description(description)
      .option('--reason <text>', 'why, recorded with the decision')
      .action(async (flags: { reason?: string }, command: Command) => {
        await withWorkspace(workspaceDir(command), async (workspace) => {
          const changed = await workspaceRolloutControl(workspace, warn).steer(action, operator(), flags.reason);
          printLine(`rollout of ${changed.release}: ${changed.state}`);
        });
      });
  }
  return rollout;
}
