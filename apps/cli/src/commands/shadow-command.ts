/**
 * `switchboard shadow start|stop|status|report`: a candidate release answers a sample of live messages beside
 * production, seen by no customer, its writes dry runs; the report compares the two (docs/rollout.md, "Shadow mode").
 */
import { userInfo } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { defaultShadowPercent, shadowReplyEvent, shadowReport, type ShadowReport } from '@switchboard/core/shadow';
import { SwitchboardError, type ShadowRun } from '@switchboard/spec';
import { printJson, printLine } from '../output.js';
import { withWorkspace, type Workspace } from '../workspace.js';
import { workspaceShadowControl } from '../workspace-shadow.js';
import { workspaceDir } from './command-context.js';
import { parentCommand } from './parent-command.js';

const operator = (): string => `cli:${userInfo().username}`;

const percentOf = (value: string): number => {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 1 || parsed > 100) throw new InvalidArgumentError('expected a number from 1 to 100');
  return parsed;
};

function describeRun(run: ShadowRun): string {
  const who = run.by ? ` by ${run.by}` : '';
  return run.state === 'running'
    ? `shadow run of ${run.release}: running on ${run.percent}% of customers since ${run.startedAt}${who}`
    : `shadow run of ${run.release}: stopped at ${run.stoppedAt} (ran on ${run.percent}% of customers from ${run.startedAt}${who})`;
}

/** The run's report from the event log: its `shadow.reply` events since it started. */
export async function workspaceShadowReport(workspace: Workspace, run: ShadowRun, maxExamples?: number): Promise<ShadowReport> {
  const events = await workspace.stores.events.list({ type: shadowReplyEvent, since: run.startedAt });
  return shadowReport(run, events, maxExamples);
}

const percentText = (rate: number | null): string => (rate === null ? '-' : `${(rate * 100).toFixed(1)}%`);
const figure = (value: number | null, digits = 3): string => (value === null ? '-' : value.toFixed(digits));

function printReport(report: ShadowReport): void {
  printLine(`shadow report of ${report.release} (${report.state}, ${report.percent}% of customers since ${report.startedAt})`);
  printLine(`  messages              ${report.messages} (${report.compared} compared, ${report.errors} failed in the candidate)`);
  printLine(`  intent disagreement   ${percentText(report.intentDisagreement.rate)} (${report.intentDisagreement.count})`);
  printLine(`  handoff disagreement  ${percentText(report.handoffDisagreement.rate)} (${report.handoffDisagreement.count})`);
  printLine(`  answer overlap        ${figure(report.answerOverlap)} (mean ROUGE-L F1)`);
  printLine(`  citation overlap      ${figure(report.citationOverlap)} (mean Jaccard of cited chunks)`);
  const grounding = report.groundingFailures;
  printLine(
    `  grounding failures    candidate ${percentText(grounding.shadow.rate)} (${grounding.shadow.count}), production ${percentText(grounding.production.rate)} (${grounding.production.count})`,
  );
  const { production, shadow } = report.latency;
  printLine(
    `  latency p50 / p95 ms  candidate ${figure(shadow.p50, 0)} / ${figure(shadow.p95, 0)}, production ${figure(production.p50, 0)} / ${figure(production.p95, 0)}`,
  );
  printLine(`  cost USD              candidate ${report.cost.shadow.toFixed(4)}, production ${report.cost.production.toFixed(4)}`);
  printLine(`  dry-run writes        ${report.dryRunToolCalls} (tool calls that write, not made)`);
  if (report.examples.length > 0) printLine('examples (newest first):');
  for (const example of report.examples)
    printLine(
      `  ${example.kind.padEnd(9)} ${example.conversationId ?? '-'} ${example.messageId}: production ${example.production.intent ?? '-'}/${example.production.handoff ?? 'none'}, candidate ${example.shadow ? `${example.shadow.intent ?? '-'}/${example.shadow.handoff ?? 'none'}` : 'failed'}${example.detail ? ` (${example.detail})` : ''}`,
    );
}

export function registerShadowCommands(program: Command): Command {
  const shadow = parentCommand(program, 'shadow', 'a candidate release answers live messages beside production, seen by no customer');
  shadow
    .command('start')
    .description(
      'start shadowing NAME: it answers a sample of customers’ messages too, with dry-run tools, and only a comparison is stored',
    )
    .argument('<name>', 'the candidate release (see release list)')
    .option('--percent <p>', `share of customers whose messages it also answers, 1–100 (default ${defaultShadowPercent})`, percentOf)
    .option('--json', 'print the run as JSON')
    .action(async (name: string, options: { percent?: number; json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const run = await workspaceShadowControl(workspace).start({
          release: name,
          ...(options.percent === undefined ? {} : { percent: options.percent }),
          by: operator(),
        });
        if (options.json) return printJson(run);
        printLine(`started: ${describeRun(run)}`);
        printLine('servers over this store follow within a second; see switchboard shadow report');
      });
    });
  shadow
    .command('stop')
    .description('stop the running shadow run; its report stays readable')
    .option('--json', 'print the stopped run as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const run = await workspaceShadowControl(workspace).stop(operator());
        if (options.json) return printJson(run);
        printLine(`stopped: ${describeRun(run)}`);
      });
    });
  shadow
    .command('status')
    .description('the running shadow run, else the latest one')
    .option('--json', 'print {run, messages} as JSON (run null when none was ever started)')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const run = await workspaceShadowControl(workspace).latest();
        const messages = run ? (await workspaceShadowReport(workspace, run, 0)).messages : 0;
        if (options.json) return printJson({ run, messages });
        printLine(run ? `${describeRun(run)}; ${messages} messages shadowed` : 'no shadow run was ever started');
      });
    });
  shadow
    .command('report')
    .description('the running (else the latest) shadow run compared with production')
    .option('--examples <n>', 'disagreements to show, newest first (default 10)', (value) => {
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError('expected a whole number of examples');
      return parsed;
    })
    .option('--json', 'print the report as JSON')
    .action(async (options: { examples?: number; json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        const run = await workspaceShadowControl(workspace).latest();
        if (!run) throw new SwitchboardError('NOT_FOUND', 'no shadow run was ever started; start one with switchboard shadow start NAME');
        const report = await workspaceShadowReport(workspace, run, options.examples);
        if (options.json) return printJson({ runId: run.id, ...report });
        printReport(report);
      });
    });
  return shadow;
}
