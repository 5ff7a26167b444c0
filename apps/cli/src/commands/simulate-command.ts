/**
 * `switchboard simulate conversations --personas FILE`: an LLM plays customers from persona cards against the
 * workspace's real pipeline on a scratch copy of its data, a judge grades each conversation (goal completed, policy
 * complied, handoff right), the transcripts are stored as a run (`eval runs`) and, with `--save-cases`, written as
 * golden-suite cases.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { defaultJudgeRubric } from '@switchboard/core/evaluation';
import { readJudgeRubric, readPersonaCards, simulateConversations, suiteName, type SimulationRun } from '@switchboard/evaluation';
import { toYaml } from '@switchboard/ingest';
import { SwitchboardError } from '@switchboard/spec';
import { evaluationModels } from '../evaluation-models.js';
import { printJson, printLine } from '../output.js';
import { createProgressBar } from '../progress-bar.js';
import { createSuiteWorkspace } from '../suite-workspace.js';
import { ensureIngested, withWorkspace } from '../workspace.js';
import { workspaceDir } from './command-context.js';
import { parentCommand } from './parent-command.js';
import { printSimulation } from './print-simulation.js';

interface SimulateFlags {
  personas: string;
  n?: string;
  turns: string;
  json?: boolean;
  saveCases?: string;
}

/** Bounds that keep a typo (`--n 10000`) from becoming an hour of model calls. */
const maxConversations = 1_000;
const maxTurns = 50;

export function registerSimulateCommand(program: Command): Command {
  const simulate = parentCommand(program, 'simulate', 'play simulated customers against the bot before launch (needs an LLM)');
  simulate
    .command('conversations')
    .description("let an LLM play customers from persona cards against the workspace's bot, judge each conversation and store the run")
    .requiredOption('--personas <file>', 'persona cards: a YAML list of {name, goal, mood, cohort, facts, customer?}')
    .option('--n <count>', 'conversations in all, the cards taken in turn (default: one per card)')
    .option('--turns <k>', 'customer messages per conversation at most', '6')
    .option('--json', 'print {runId, summary, conversations: [{id, persona, endedBy, passed, reasons, turns, findings}]} as JSON')
    .option('--save-cases <file>', 'write the conversations as golden-suite cases to this new file (e.g. evals/simulated.yaml)')
    .action(async (flags: SimulateFlags, command: Command) => {
      const turns = count('--turns', flags.turns, maxTurns);
      const requested = flags.n === undefined ? undefined : count('--n', flags.n, maxConversations);
      // Checked before any model is called: a run's worth of calls should not end in a refusal to write.
      if (flags.saveCases !== undefined && existsSync(flags.saveCases))
        throw new SwitchboardError(
          'VALIDATION_FAILED',
          `--save-cases ${flags.saveCases}: the file exists; name a new file or remove it first`,
        );
      const bar = flags.json ? null : createProgressBar(process.stderr, 'simulate ');
      const simulation = await withWorkspace(workspaceDir(command), async (workspace) => {
        const models = evaluationModels(workspace.config, 'simulate conversations');
        const personas = readPersonaCards(flags.personas, workspace.dir);
        const { rubric } = readJudgeRubric(workspace.dir);
        await ensureIngested(workspace);
        return simulateConversations(createSuiteWorkspace(workspace), {
          personasFile: suiteName(flags.personas, workspace.dir),
          personas,
          conversations: requested ?? personas.length,
          maxTurns: turns,
          customerModel: models.customer,
          judgeModel: models.judge,
          policy: policyOf(rubric.criteria),
          onProgress: (done, total, label) => bar?.update(done, total, label),
        });
      });
      bar?.finish();
      if (flags.saveCases !== undefined) saveCases(flags.saveCases, simulation);
      if (flags.json) return printJson(simulationJson(simulation, flags.saveCases));
      printSimulation(simulation.run);
      if (flags.saveCases === undefined) return;
      const saved = simulation.cases.length;
      printLine(
        saved === 0
          ? `\nno conversation has a customer message: nothing written to ${flags.saveCases}`
          : `\n${saved} case(s) written to ${flags.saveCases}; review them (tags review-*) before relying on them`,
      );
    });
  return simulate;
}

/** The rubric's `policy` criterion in the team's words, so both judges hold the bot to the same rules. */
function policyOf(criteria: readonly { name: string; description: string }[]): string {
  const policy = (list: readonly { name: string; description: string }[]) =>
    list.find((criterion) => criterion.name === 'policy')?.description;
  return policy(criteria) ?? policy(defaultJudgeRubric.criteria)!;
}

function count(flag: string, text: string, limit: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > limit)
    throw new SwitchboardError('VALIDATION_FAILED', `${flag} must be a whole number from 1 to ${limit}, got '${text}'`);
  return value;
}

/** Writes nothing when no conversation has a customer message: a suite file without cases would fail `eval run`. */
function saveCases(file: string, simulation: SimulationRun): void {
  if (simulation.cases.length === 0) return;
  const header =
    `Simulated conversations (switchboard simulate conversations, run ${simulation.run.runId}).\n` +
    'Expectations are written only where what the bot did and the judge agreed; cases tagged review-* need a person.';
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, toYaml(simulation.cases, header), { flag: 'wx' });
  } catch (error) {
    throw new SwitchboardError('VALIDATION_FAILED', `--save-cases ${file}: cannot write the cases (${(error as Error).message})`, {
      cause: error,
    });
  }
}

function simulationJson({ run, cases }: SimulationRun, savedTo: string | undefined): Record<string, unknown> {
  return {
    runId: run.runId,
    summary: run.simulation,
    conversations: run.cases.map(({ id, passed, reasons, turns, simulation }) => ({
      id,
      persona: simulation?.persona,
      endedBy: simulation?.endedBy,
      passed,
      reasons,
      turns,
      findings: simulation?.findings,
    })),
    aggregates: run.aggregates,
    ...(savedTo === undefined ? {} : { savedCases: { file: savedTo, cases: cases.length } }),
  };
}
