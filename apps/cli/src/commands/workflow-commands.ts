/** `switchboard workflow replay <steps.json>`: runs agent actions through the policy guards on a fresh copy of the data. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { readReplaySteps, replaySteps } from '@switchboard/evaluation';
import { readWorkflowWorkspace } from '@switchboard/ingest';
import { formatTable, printJson, printLine } from '../output.js';
import { newId, startTimer, wallClock } from '../runtime.js';
import { createWorkspaceExecutor } from '../workflow/workspace-executor.js';
import { workspaceDir } from './command-context.js';

export function registerWorkflowCommands(program: Command): Command {
  const workflow = program.command('workflow').description('tools, workflows and policy guards of the workspace');
  workflow
    .command('replay')
    .description('replay a JSON array of steps ({"tool", "arguments"} or {"confirm": true}) against a fresh copy of the data')
    .argument('<steps.json>', 'the steps to replay')
    .option('--data <file>', 'start from a copy of this database file instead of the one tools.yaml names')
    .option('--json', 'print {"steps": [...]} as JSON')
    .action(async (stepsFile: string, options: { data?: string; json?: boolean }, command: Command) => {
      const dir = resolve(workspaceDir(command));
      const workspace = readWorkflowWorkspace(dir);
      const steps = readReplaySteps(stepsFile);
      const executor = createWorkspaceExecutor({
        dir,
        workspace,
        env: process.env,
        newId,
        ...(options.data ? { dataFile: resolve(options.data) } : {}),
      });
      const result = await replaySteps({ workspace, executor, steps, clock: wallClock, newId, startTimer });
      const rows = result.steps.map(({ index, tool, status, reason }) => ({ index, tool, status, reason: reason ?? null }));
      if (options.json) return printJson({ steps: rows });
      printLine(
        formatTable(
          ['#', 'tool', 'status', 'reason'],
          rows.map((row) => [String(row.index), row.tool, row.status, row.reason ?? '']),
        ),
      );
    });
  workflow
    .command('list')
    .description('list the tools, workflows and policy guards the workspace declares')
    .option('--json', 'print as JSON')
    .action((options: { json?: boolean }, command: Command) => {
      const workspace = readWorkflowWorkspace(resolve(workspaceDir(command)));
      if (options.json) return printJson(workspace);
      printLine(
        formatTable(
          ['tool', 'writes', 'idempotent', 'runs on'],
          workspace.tools.map((t) => [
            t.name,
            String(t.writes),
            String(t.idempotent),
            t.http ? `${t.http.method} ${t.http.url}` : (t.server ?? 'builtin'),
          ]),
        ),
      );
      printLine();
      printLine(
        formatTable(
          ['workflow', 'intents', 'steps'],
          workspace.workflows.map((w) => [w.name, w.intents.join(', '), String(w.steps.length)]),
        ),
      );
    });
  return workflow;
}
