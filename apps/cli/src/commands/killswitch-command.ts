/**
 * `switchboard killswitch on|off|status`: the product-wide kill switch (docs/rollout.md). It is set in the workspace's
 * store, so every server over that store hands new messages to a person within a second or two, without a restart.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { createKillSwitch, type KillSwitch } from '@switchboard/core/conversation';
import type { RuntimeSwitch } from '@switchboard/spec';
import { printJson, printLine } from '../output.js';
import { newId, wallClock } from '../runtime.js';
import { withWorkspace, type Workspace } from '../workspace.js';
import { workspaceDir } from './command-context.js';

const killSwitchOf = (workspace: Workspace): KillSwitch =>
  createKillSwitch({ switches: workspace.stores.switches, events: workspace.stores.events, clock: wallClock, newId });

/** Who flips it from the command line: the operating-system user, so the audit event names a person. */
const operator = (): string => `cli:${userInfo().username}`;

function describeSwitch(state: RuntimeSwitch | null): string {
  if (!state) return 'kill switch: off (never turned on)';
  const why = state.reason ? `: ${state.reason}` : ' (no reason given)';
  return state.on
    ? `kill switch: ON since ${state.at}, by ${state.by ?? 'unknown'}${why}; every new message goes to a person, no tool runs`
    : `kill switch: off since ${state.at}, by ${state.by ?? 'unknown'}`;
}

export function registerKillSwitchCommand(program: Command): Command {
  const killswitch = program
    .command('killswitch')
    .description('stop the bot at once: every new message goes to the human queue (no pipeline, no tools), on every server');
  for (const on of [true, false]) {
    killswitch
      .command(on ? 'on' : 'off')
      .description(on ? 'hand every new message to a person until turned off' : 'let the bot answer again')
      .option('--reason <text>', 'why, recorded in the audit event and shown in the console')
      .action(async (options: { reason?: string }, command: Command) => {
        await withWorkspace(workspaceDir(command), async (workspace) => {
          const state = await killSwitchOf(workspace).set({ on, reason: options.reason ?? null, by: operator() });
          printLine(describeSwitch(state));
        });
      });
  }
  killswitch
    .command('status')
    .description('whether the kill switch is on, who set it, when and why')
    .option('--json', 'print {on, reason, by, at} as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const state = await killSwitchOf(workspace).read();
        if (options.json) return printJson(state ?? { on: false, reason: null, by: null, at: null });
        printLine(describeSwitch(state));
      });
    });
  return killswitch;
}
