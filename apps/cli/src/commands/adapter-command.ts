/**
 * `switchboard adapter add|list|remove`: hot-fix adapters (fine-tuned LoRA adapters the LLM endpoint serves under
 * their own model names), routed only for their intents and cohorts, registered only when their stability anchors
 * do not regress, and expired after `adapters.maxAgeDays` (docs/rollout.md, "Hot-fix adapters").
 */
import type { Command } from 'commander';
import { adapterNamePattern, personaNames, semverPattern, type AdapterEntry } from '@switchboard/config';
import { adapterExpiry, adapterLabel, compareSemver } from '@switchboard/core/generation';
import { resolveLlmSettings, type LlmSettings } from '@switchboard/providers';
import { SwitchboardError } from '@switchboard/spec';
import { anchorSuites, runAnchors } from '../adapter-anchors.js';
import { workspaceIntentLabels } from '../intent-labels.js';
import { printJson, printLine } from '../output.js';
import { createProgressBar } from '../progress-bar.js';
import { wallClock } from '../runtime.js';
import { adapterExpiryWarnings, probeAdapter, readAdapterRegistry, writeAdapterRegistry } from '../workspace-adapters.js';
import { withWorkspace, type Workspace } from '../workspace.js';
import { workspaceDir } from './command-context.js';
import { parentCommand } from './parent-command.js';
import { adapterRows, printAdapterList } from './print-adapters.js';

interface AddFlags {
  model: string;
  version?: string;
  intents: string[];
  cohorts?: string[];
  anchors?: string[];
  force?: string;
  json?: boolean;
}

const list = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

const warn = (message: string): void => void process.stderr.write(`switchboard: warning: ${message}\n`);

export function registerAdapterCommands(program: Command): Command {
  const adapter = parentCommand(program, 'adapter', 'hot-fix adapters: fine-tuned models routed for some intents until merged');
  adapter
    .command('add')
    .description('run the stability anchors without and with the adapter, and register it only if nothing regresses')
    .argument('<name>', 'the adapter: letters, digits, . _ - (e.g. billing-refunds)')
    .requiredOption('--model <modelName>', 'the model name the endpoint serves the adapter under (vLLM --lora-modules NAME=…)')
    // The program reads --version wherever it stands (main.ts) and hands its value on: see adapterVersion.
    .option('--version <semver>', 'its semantic version (e.g. 1.0.0); re-adding a name needs a higher one (required)')
    .requiredOption('--intents <list>', 'comma-separated intent labels it answers (of the workspace intent model)', list)
    .option('--cohorts <list>', `comma-separated personas it answers (${personaNames.join(', ')}; default: all)`, list)
    .option('--anchors <suites>', 'comma-separated eval suites it must not regress (default: adapters.anchors, else evals/*.yaml)', list)
    .option('--force <reason>', 'register it although anchor cases regress; the reason is recorded with it')
    .option('--json', 'print the registered adapter with its anchors and expiry as JSON')
    .action(async (name: string, given: AddFlags, command: Command) => {
      const flags = { ...given, version: adapterVersion(given, command) };
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const candidate = validatedAdapter(workspace, name, flags);
        const registry = readAdapterRegistry(workspace.dir);
        const existing = registry.find((entry) => entry.name === name);
        if (existing && compareSemver(flags.version, existing.version) <= 0)
          throw new SwitchboardError(
            'VALIDATION_FAILED',
            `--version ${flags.version}: adapter ${name} is registered at ${existing.version}; re-add it with a higher version to replace it`,
          );
        const suites = anchorSuites(workspace, flags.anchors);
        await probeAdapter(candidate, llmSettings(workspace), workspace.config.llm.timeoutMs);
        const bar = flags.json ? null : createProgressBar(process.stderr, 'anchors ');
        const anchors = await runAnchors(workspace, candidate, {
          suites,
          onProgress: (done, total, label) => bar?.update(done, total, label),
        });
        bar?.finish();
        const exercised = anchors.run.cases.filter((result) =>
          result.played.replies.some((reply) => reply.intent !== null && candidate.intents.includes(reply.intent.label)),
        );
        if (exercised.length === 0)
          warn(
            `no anchor case was labelled ${candidate.intents.join(' or ')}: the anchors did not exercise the adapter; add cases of its intents`,
          );
        if (anchors.regressions.length > 0 && flags.force === undefined) {
          process.stderr.write(
            `switchboard: adapter ${adapterLabel(candidate)} not registered: ${anchors.regressions.length} anchor case(s) pass ` +
              `without it and fail with it (run ${anchors.run.runId} against ${anchors.baseline.runId}):\n` +
              anchors.regressions.map((id) => `  ${id}\n`).join('') +
              'Fix the adapter, or pass --force REASON to register it anyway (the reason is recorded).\n',
          );
          process.exitCode = 1;
          return;
        }
        const registered: AdapterEntry = {
          ...candidate,
          anchors: {
            suites: [...anchors.suites],
            runId: anchors.run.runId,
            baselineRunId: anchors.baseline.runId,
            regressions: [...anchors.regressions],
            checkedAt: new Date(wallClock()).toISOString(),
            ...(anchors.regressions.length > 0 && flags.force !== undefined ? { forcedReason: flags.force } : {}),
          },
        };
        writeAdapterRegistry(
          workspace.dir,
          existing ? registry.map((entry) => (entry === existing ? registered : entry)) : [...registry, registered],
        );
        const { maxAgeDays } = workspace.config.adapters;
        const expiresAt = new Date(adapterExpiry(Date.parse(registered.addedAt), maxAgeDays, wallClock()).expiresAt).toISOString();
        if (flags.json) return printJson({ ...registered, expiresAt, replaced: existing?.version ?? null });
        printLine(
          `adapter ${adapterLabel(registered)} registered${existing ? ` (replaces ${existing.version})` : ''}: model ${registered.model}, ` +
            `intents ${registered.intents.join(', ')}, cohorts ${registered.cohorts.length > 0 ? registered.cohorts.join(', ') : 'all'}`,
        );
        printLine(
          `anchors: ${anchors.run.cases.length} case(s) in ${anchors.suites.length} suite(s), ${anchors.regressions.length} regression(s) ` +
            `(run ${anchors.run.runId} against ${anchors.baseline.runId})${registered.anchors.forcedReason ? `; FORCED: ${registered.anchors.forcedReason}` : ''}`,
        );
        printLine(`expires ${expiresAt} (adapters.maxAgeDays = ${maxAgeDays}): merge it into the base model before then`);
        printLine('adapters.yaml changed: `switchboard release create` ships it, and a rollout (or shadow) introduces it');
      });
    });

  adapter
    .command('list')
    .description('the registered adapters with their age, expiry and anchor result; warns about expired and expiring ones')
    .option(
      '--json',
      'print {maxAgeDays, adapters: [{name, version, model, intents, cohorts, addedAt, ageDays, expiresAt, expired, anchors}], warnings}',
    )
    .action(async (flags: { json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const { maxAgeDays } = workspace.config.adapters;
        const adapters = readAdapterRegistry(workspace.dir);
        const now = wallClock();
        const warnings = adapterExpiryWarnings(adapters, maxAgeDays, now);
        for (const warning of warnings) warn(warning);
        const rows = adapterRows(adapters, maxAgeDays, now);
        if (flags.json) printJson({ maxAgeDays, adapters: rows, warnings });
        else printAdapterList(rows);
      });
    });

  adapter
    .command('remove')
    .description('unregister an adapter (releases that carry it keep it until a release without it serves)')
    .argument('<name>', 'the adapter')
    .option('--json', 'print {removed: {name, version}} as JSON')
    .action(async (name: string, flags: { json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const registry = readAdapterRegistry(workspace.dir);
        const removed = registry.find((entry) => entry.name === name);
        if (!removed)
          throw new SwitchboardError(
            'VALIDATION_FAILED',
            `no adapter named '${name}'; registered: ${registry.map((entry) => entry.name).join(', ') || 'none'}`,
          );
        writeAdapterRegistry(
          workspace.dir,
          registry.filter((entry) => entry !== removed),
        );
        if (flags.json) return printJson({ removed: { name: removed.name, version: removed.version } });
        printLine(`adapter ${adapterLabel(removed)} removed from adapters.yaml; \`switchboard release create\` ships the change`);
      });
    });
  return adapter;
}

/** The configured LLM endpoint the adapter is served on; adapters need one. */
function llmSettings(workspace: Workspace): LlmSettings {
  const settings = resolveLlmSettings(workspace.config.llm, process.env);
  if (!settings)
    throw new SwitchboardError(
      'VALIDATION_FAILED',
      'an adapter is served by the LLM endpoint, and none is configured: set llm.model and llm.baseUrl in switchboard.yaml (or SWITCHBOARD_LLM_MODEL and SWITCHBOARD_LLM_BASE_URL)',
    );
  return settings;
}

/** `--version`: the program's option takes it wherever it stands on the line (main.ts), so it may arrive there. */
function adapterVersion(flags: AddFlags, command: Command): string {
  const global = (command.optsWithGlobals() as { version?: unknown }).version;
  const version = flags.version ?? (typeof global === 'string' ? global : undefined);
  if (version === undefined) throw new SwitchboardError('VALIDATION_FAILED', "required option '--version <semver>' not specified");
  return version;
}

/** The adapter as given, every flag checked against the workspace; its anchors are filled in once they ran. */
function validatedAdapter(workspace: Workspace, name: string, flags: AddFlags & { version: string }): AdapterEntry {
  if (!adapterNamePattern.test(name))
    throw new SwitchboardError('VALIDATION_FAILED', `adapter name '${name}': use 1-64 letters, digits, '.', '_' or '-'`);
  if (!flags.model.trim()) throw new SwitchboardError('VALIDATION_FAILED', '--model: name the model the endpoint serves the adapter under');
  if (!semverPattern.test(flags.version))
    throw new SwitchboardError('VALIDATION_FAILED', `--version '${flags.version}': expected a semantic version such as 1.0.0`);
  if (flags.intents.length === 0) throw new SwitchboardError('VALIDATION_FAILED', '--intents: name at least one intent label');
  if (flags.force !== undefined && !flags.force.trim())
    throw new SwitchboardError('VALIDATION_FAILED', '--force needs a reason, e.g. --force "refund wording hot fix; case x flaky"');
  const cohorts = flags.cohorts ?? [];
  const unknownCohort = cohorts.find((cohort) => !(personaNames as readonly string[]).includes(cohort));
  if (unknownCohort !== undefined)
    throw new SwitchboardError('VALIDATION_FAILED', `--cohorts: '${unknownCohort}' is not a persona; use ${personaNames.join(', ')}`);
  const labels = workspaceIntentLabels(workspace.dir);
  if (labels === null)
    warn('no intent model (data/models/intents.json): the adapter is routed only once one labels messages with its intents');
  const unknownIntent = labels === null ? undefined : flags.intents.find((intent) => !labels.includes(intent));
  if (unknownIntent !== undefined && labels !== null)
    throw new SwitchboardError(
      'VALIDATION_FAILED',
      `--intents: '${unknownIntent}' is not an intent of the workspace model; known: ${labels.join(', ')}`,
    );
  llmSettings(workspace);
  return {
    name,
    model: flags.model.trim(),
    version: flags.version,
    intents: [...new Set(flags.intents)],
    cohorts: [...new Set(cohorts)] as AdapterEntry['cohorts'],
    addedAt: new Date(wallClock()).toISOString(),
    anchors: { suites: [], runId: null, baselineRunId: null, regressions: [], checkedAt: new Date(wallClock()).toISOString() },
  };
}
