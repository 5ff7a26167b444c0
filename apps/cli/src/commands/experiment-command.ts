/**
 * `switchboard experiment create|list|status|stop`: A/B experiments between two releases (docs/rollout.md, "A/B
 * experiments"). `create` stores the design and prints the sample size and duration from the last 14 days of traffic;
 * `status` analyses the event log with the always-valid test, CUPED, the SRM check and segments; `stop` ends serving
 * its arms. list, status and stop go through core's experiment control, as GET /v1/experiments does.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { planExperiment } from '@switchboard/core/experiments';
import { outcomeSettings } from '@switchboard/core/outcomes';
import { SwitchboardError, type Experiment, type ExperimentMetric } from '@switchboard/spec';
import { printJson, printLine } from '../output.js';
import { newId, wallClock } from '../runtime.js';
import { withWorkspace } from '../workspace.js';
import { workspaceExperimentControl } from '../workspace-experiments.js';
import { workspaceDir } from './command-context.js';
import { printExperimentList, printExperimentPlan, printExperimentStatus } from './print-experiment.js';

interface CreateFlags {
  arms: string;
  metric: string;
  mde?: string;
  alpha?: string;
  power?: string;
  holdout?: string;
  aa?: boolean;
  json?: boolean;
}

const dayMs = 86_400_000;
/** The recent traffic `create` plans from, and the pre-period `status` reads each customer's covariate from. */
const planDays = 14;
const metrics: readonly ExperimentMetric[] = ['resolution', 'csat', 'escalation'];
const experimentName = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Arm names replies record outside an experiment's arms; an arm of that name would be confused with them. */
const reservedArms = ['baseline', 'holdout', 'candidate'];
const operator = (): string => `cli:${userInfo().username}`;

const invalid = (message: string): SwitchboardError => new SwitchboardError('VALIDATION_FAILED', message);

function fraction(flag: string, value: string | undefined, fallback: number, range: [number, number]): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!(parsed > range[0] && parsed < range[1]))
    throw invalid(`--${flag} must be a number between ${range[0]} and ${range[1]}, got '${value}'`);
  return parsed;
}

function parseArms(text: string): Experiment['arms'] {
  const arms = text.split(',').map((pair) => {
    const [name, release, ...rest] = pair.split('=').map((part) => part.trim());
    if (!name || !release || rest.length > 0) throw invalid(`--arms: '${pair}' is not ARM=RELEASE (e.g. --arms A=v1,B=v2)`);
    if (reservedArms.includes(name)) throw invalid(`--arms: '${name}' is reserved for replies outside an experiment; name arms A, B, …`);
    return { name, release };
  });
  if (arms.length !== 2) throw invalid(`--arms: give exactly two arms, the baseline first (e.g. A=v1,B=v2); got ${arms.length}`);
  if (arms[0]?.name === arms[1]?.name) throw invalid(`--arms: the two arms need different names, both are '${arms[0]?.name}'`);
  return arms;
}

export function registerExperimentCommands(program: Command): Command {
  const experiment = program.command('experiment').description('A/B experiments between releases, analysed so that peeking is safe');
  experiment
    .command('create')
    .description('store an experiment and print the units each arm needs and how long recent traffic takes to bring them')
    .argument('<name>', 'a new name: letters, digits, . _ -')
    .requiredOption('--arms <list>', 'two arms, the baseline first: A=RELEASE1,B=RELEASE2')
    .requiredOption('--metric <metric>', 'resolution | csat | escalation')
    .option('--mde <effect>', 'minimum detectable effect, absolute (default 0.02; 0.1 for csat)')
    .option('--alpha <alpha>', 'false-positive rate held at every look (default 0.05)')
    .option('--power <power>', 'power at the MDE for the sample size (default 0.8)')
    .option('--holdout <percent>', 'customers permanently held out on the baseline (default 5)')
    .option('--aa', 'an A/A test: both arms serve the same release, to check the set-up finds no difference')
    .option('--json', 'print {experiment, plan} as JSON')
    .action(async (name: string, flags: CreateFlags, command: Command) => {
      if (!experimentName.test(name)) throw invalid(`experiment name '${name}': use letters, digits, . _ - (at most 64)`);
      if (!(metrics as readonly string[]).includes(flags.metric))
        throw invalid(`--metric must be one of ${metrics.join(', ')}, got '${flags.metric}'`);
      const metric = flags.metric as ExperimentMetric;
      const arms = parseArms(flags.arms);
      const aa = flags.aa === true;
      const sameRelease = arms[0]?.release === arms[1]?.release;
      if (aa && !sameRelease) throw invalid('--aa: both arms of an A/A experiment name the same release');
      if (!aa && sameRelease) throw invalid(`both arms serve release '${arms[0]?.release}': add --aa for an A/A experiment`);
      const mde = fraction('mde', flags.mde, metric === 'csat' ? 0.1 : 0.02, [0, metric === 'csat' ? 4 : 1]);
      const alpha = fraction('alpha', flags.alpha, 0.05, [0, 1]);
      const power = fraction('power', flags.power, 0.8, [0, 1]);
      const holdoutPercent = flags.holdout === undefined ? 5 : Number(flags.holdout);
      if (!(holdoutPercent >= 0 && holdoutPercent < 100))
        throw invalid(`--holdout must be a percentage in [0, 100), got '${flags.holdout}'`);
      await withWorkspace(workspaceDir(command), async (workspace) => {
        for (const arm of arms)
          if (!(await workspace.stores.releases.get(arm.release)))
            throw new SwitchboardError(
              'NOT_FOUND',
              `arm ${arm.name}: no release named '${arm.release}'; 'switchboard release list' shows them`,
            );
        const now = wallClock();
        const created: Experiment = {
          name,
          arms,
          metric,
          mde,
          alpha,
          power,
          salt: newId('experiment'),
          holdoutPercent,
          aa,
          createdAt: new Date(now).toISOString(),
          state: 'running',
        };
        const from = new Date(now - planDays * dayMs).toISOString();
        const plan = planExperiment({
          events: await workspace.stores.events.list({ since: from }),
          window: { from, to: created.createdAt },
          metric,
          mde,
          alpha,
          power,
          holdoutPercent,
          armCount: arms.length,
          settings: outcomeSettings(workspace.config.outcomes),
        });
        await workspace.stores.experiments.create(created);
        if (flags.json) return printJson({ experiment: created, plan });
        printExperimentPlan(created, plan);
        const { served } = await workspaceExperimentControl(workspace).list();
        if (served !== null && served !== name)
          printLine(`note: experiment ${served} is served until it stops; this one's arms are served after that`);
      });
    });
  experiment
    .command('list')
    .description('every experiment, oldest first, with its state and which one is served now')
    .option('--json', 'print {experiments, served} as JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const list = await workspaceExperimentControl(workspace).list();
        if (flags.json) return printJson(list);
        printExperimentList(list);
      });
    });
  experiment
    .command('status')
    .description('arms, the effect with its always-valid interval and p-value, CUPED beside raw, the SRM check and segments')
    .argument('<name>', 'the experiment')
    .option('--json', 'print the analysis as JSON')
    .action(async (name: string, flags: { json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const status = await workspaceExperimentControl(workspace).status(name);
        if (flags.json) return printJson(status);
        printExperimentStatus(status);
      });
    });
  experiment
    .command('stop')
    .description('stop serving the experiment’s arms (every replica within a second); its analysis ends here')
    .argument('<name>', 'a running experiment')
    .option('--reason <text>', 'why, recorded in the experiment.stopped audit event')
    .option('--json', 'print the stopped experiment as JSON')
    .action(async (name: string, flags: { reason?: string; json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const stopped = await workspaceExperimentControl(workspace).stop(name, operator(), flags.reason);
        if (flags.json) return printJson({ experiment: stopped });
        printLine(
          `experiment ${stopped.name} stopped at ${stopped.stoppedAt}; 'switchboard experiment status ${stopped.name}' shows its result`,
        );
      });
    });
  return experiment;
}
