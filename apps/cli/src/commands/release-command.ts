/**
 * `switchboard release create|list|show|diff|serve`: releases are immutable, content-hashed snapshots of what decides
 * answers; `create` runs the gate first and refuses a failing one unless `--force REASON`, which is recorded. The
 * serving release is what `switchboard serve` answers from (docs/rollout.md, "Releases").
 */
import type { Command } from 'commander';
import { diffSnapshots } from '@switchboard/core/release';
import { SwitchboardError, type Release, type ReleaseStore } from '@switchboard/spec';
import { printJson, printLine } from '../output.js';
import { createProgressBar } from '../progress-bar.js';
import { wallClock } from '../runtime.js';
import { releaseHash, workspaceSnapshot } from '../workspace-release.js';
import { withWorkspace } from '../workspace.js';
import { workspaceDir } from './command-context.js';
import { runGate } from './eval-gate-command.js';
import { parentCommand } from './parent-command.js';
import { printDiff, printRelease, printReleaseList, releaseSummary } from './print-release.js';

interface CreateFlags {
  note?: string;
  force?: string;
  baseline?: string;
  json?: boolean;
}

const releaseName = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function registerReleaseCommands(program: Command): Command {
  const release = parentCommand(program, 'release', 'immutable snapshots of what decides answers, and which one serves');
  release
    .command('create')
    .description('run the gate (eval gate), then snapshot the configuration, workflows and policy; the first release serves')
    .argument('<name>', 'a new name: letters, digits, . _ - (e.g. 2026-03-01 or v12)')
    .option('--note <text>', 'what changed, kept with the release')
    .option('--force <reason>', 'create it although the gate fails; the reason is recorded with the release')
    .option('--baseline <runId>', 'the run regressions are counted against (default: the serving release’s gating run)')
    .option('--json', 'print {name, hash, evalRunId, gatePassed, forced, serving} as JSON')
    .action(async (name: string, flags: CreateFlags, command: Command) => {
      if (!releaseName.test(name) || name === 'unreleased')
        throw new SwitchboardError(
          'VALIDATION_FAILED',
          `release name '${name}': use 1-64 letters, digits, '.', '_' or '-' (not 'unreleased')`,
        );
      if (flags.force !== undefined && flags.force.trim() === '')
        throw new SwitchboardError(
          'VALIDATION_FAILED',
          '--force needs a reason, e.g. --force "refund outage hot fix, gate run 3 failed on p95Ms"',
        );
      const bar = flags.json ? null : createProgressBar(process.stderr, 'gate ');
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const { releases } = workspace.stores;
        // Checked before the gate plays anything: a taken name would fail only after minutes of evaluation.
        if (await releases.get(name))
          throw new SwitchboardError(
            'VALIDATION_FAILED',
            `a release named '${name}' already exists; releases never change, pick another name`,
          );
        const serving = await releases.serving();
        const baseline = flags.baseline ?? (serving === null ? undefined : (await releases.get(serving))?.snapshot.evalRunId);
        const gate = await runGate(workspace, {
          suites: [],
          ...(baseline === undefined ? {} : { baselineRunId: baseline }),
          onProgress: (done, total, label) => bar?.update(done, total, label),
        });
        bar?.finish();
        const failed = gate.results.filter((result) => !result.passed);
        if (!gate.passed && flags.force === undefined) {
          process.stderr.write(
            `switchboard: release ${name} not created: the gate failed (run ${gate.run.runId}): ` +
              `${failed.map((result) => result.reason ?? result.name).join('; ')}. ` +
              'Fix what failed, or pass --force REASON to create it anyway (the reason is recorded).\n',
          );
          process.exitCode = 1;
          return;
        }
        const snapshot = workspaceSnapshot(workspace, gate.run);
        const created: Release = {
          name,
          hash: releaseHash(snapshot),
          createdAt: new Date(wallClock()).toISOString(),
          note: flags.note ?? null,
          // Only an override is recorded as forced: --force on a passing gate forced nothing.
          forced: gate.passed ? null : (flags.force ?? null),
          snapshot,
        };
        await releases.create(created);
        const nowServing = serving === null && (await releases.setServing(name, null));
        if (flags.json) return printJson({ ...releaseSummary(created, nowServing), gatePassed: gate.passed });
        printLine(
          `release ${name} created: ${created.hash.slice(0, 12)} (gate run ${gate.run.runId}, ${gate.passed ? 'passed' : 'FAILED'})`,
        );
        if (created.forced !== null)
          printLine(`forced past the failing gate (${failed.map((result) => result.name).join(', ')}): ${created.forced}`);
        printLine(
          nowServing
            ? `${name} is the serving release`
            : `serving is still ${serving ?? 'none'}; \`switchboard release serve ${name}\` ships it`,
        );
      });
    });
  release
    .command('list')
    .description('every release, oldest first, with its hash and which one serves')
    .option('--json', 'print [{name, hash, createdAt, note, forced, evalRunId, knowledgeVersion, serving}] as JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async ({ stores: { releases } }) => {
        const serving = await releases.serving();
        const rows = (await releases.list()).map((stored) => releaseSummary(stored, stored.name === serving));
        if (flags.json) return printJson(rows);
        printReleaseList(rows);
      });
    });
  release
    .command('show')
    .description('one release: its hash, note, gate, and the configuration sections and files it holds')
    .argument('<name>', 'the release')
    .option('--json', 'print the whole release, snapshot included, and whether it serves, as JSON')
    .action(async (name: string, flags: { json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async ({ stores: { releases } }) => {
        const stored = await readRelease(releases, name);
        const serving = (await releases.serving()) === name;
        if (flags.json) return printJson({ ...stored, serving });
        printRelease(stored, serving);
      });
    });
  release
    .command('diff')
    .description('what changed from release A to release B, one key path per line')
    .argument('<a>', 'the earlier release')
    .argument('<b>', 'the later release')
    .option('--json', 'print {from, to, changes: [{path, change, before, after}]} as JSON')
    .action(async (a: string, b: string, flags: { json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async ({ stores: { releases } }) => {
        const [from, to] = [await readRelease(releases, a), await readRelease(releases, b)];
        const changes = diffSnapshots(from.snapshot, to.snapshot);
        if (flags.json) return printJson({ from: a, to: b, changes });
        printDiff(a, b, changes);
      });
    });
  release
    .command('serve')
    .description('make a release the serving one (a running `switchboard serve` answers from it after a restart)')
    .argument('<name>', 'the release')
    .action(async (name: string, _flags: unknown, command: Command) => {
      await withWorkspace(workspaceDir(command), async ({ stores: { releases } }) => {
        await readRelease(releases, name);
        const current = await releases.serving();
        if (current === name) return printLine(`${name} is already the serving release`);
        if (!(await releases.setServing(name, current)))
          throw new SwitchboardError(
            'VALIDATION_FAILED',
            `the serving release changed while ${name} was being made serving; run the command again`,
          );
        printLine(`${name} is the serving release (was ${current ?? 'none'}); restart \`switchboard serve\` to answer from it`);
      });
    });
  return release;
}

async function readRelease(releases: ReleaseStore, name: string): Promise<Release> {
  const stored = await releases.get(name);
  if (!stored) throw new SwitchboardError('NOT_FOUND', `no release named '${name}'; \`switchboard release list\` shows them`);
  return stored;
}
