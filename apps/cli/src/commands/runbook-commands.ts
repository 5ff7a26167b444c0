/** `switchboard runbook lint|compile <runbook.md>`: checks a human runbook against the workspace, or drafts a workflow from it. */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { SwitchboardError } from '@switchboard/spec';
import { compileRunbook, lintRunbook } from '@switchboard/core/workflow';
import { readWorkflowWorkspace, toYaml } from '@switchboard/ingest';
import { printJson, printLine } from '../output.js';
import { workspaceDir } from './command-context.js';

function readRunbook(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new SwitchboardError('INGEST_PATH_NOT_FOUND', `${path}: cannot read the runbook (${(error as Error).message})`, { cause: error });
  }
}

export function registerRunbookCommands(program: Command): Command {
  const runbook = program.command('runbook').description('check human runbooks against the workspace and draft workflows from them');
  runbook
    .command('lint')
    .description('report instructions with no tool, undefined conditions, unknown roles and implicit knowledge')
    .argument('<runbook.md>', 'the runbook (Markdown)')
    .option('--json', 'print {"findings": [{"line", "text", "kind", "message"}]}')
    .action((file: string, options: { json?: boolean }, command: Command) => {
      const result = lintRunbook(readRunbook(file), readWorkflowWorkspace(resolve(workspaceDir(command))));
      if (options.json) printJson(result);
      else if (result.findings.length === 0) printLine(`${file}: every instruction maps to the workspace`);
      else for (const finding of result.findings) printLine(`${file}:${finding.line}: ${finding.kind}: ${finding.message}`);
      // Like other linters: findings make the exit status non-zero, so CI can gate on them.
      if (result.findings.length > 0) process.exitCode = 1;
    });
  runbook
    .command('compile')
    .description('draft a workflow YAML from a runbook for a human to review; unresolved findings become TODOs')
    .argument('<runbook.md>', 'the runbook (Markdown)')
    .option('-o, --output <file>', 'write the draft here instead of printing it')
    .option('--name <name>', 'workflow name (default: the runbook file name)')
    .action((file: string, options: { output?: string; name?: string }, command: Command) => {
      const name =
        options.name ??
        basename(file)
          .replace(/\.[^.]+$/, '')
          .toLowerCase()
          .replace(/[^a-z0-9-_]+/g, '-');
      const draft = compileRunbook(readRunbook(file), readWorkflowWorkspace(resolve(workspaceDir(command))), name);
      const yaml = toYaml(
        draft.workflow,
        `Draft compiled from ${basename(file)}: ${draft.todos} step(s) marked todo need a human.\nReview, resolve every todo, then move it into workflows/.`,
      );
      if (!options.output) return void process.stdout.write(yaml);
      writeFileSync(options.output, yaml);
      printLine(`wrote ${options.output} (${draft.workflow.steps.length} steps, ${draft.todos} todo)`);
    });
  return runbook;
}
