/** `switchboard ask "<question>"`: a grounded, cited answer, or an honest "I don't know". */
import { Option, type Command } from 'commander';
import { sourcesFooter } from '@switchboard/core/answer';
import { SwitchboardError, type Answer, type CustomerInfo, type PipelineTrace } from '@switchboard/spec';
import { printJson, printLine } from '../output.js';
import { buildWorkspaceRetriever, createConversations, createPipeline, ensureIngested, withWorkspace } from '../workspace.js';
import { workspaceDir } from './command-context.js';

interface AskFlags {
  json?: boolean;
  trace?: boolean;
  customer: CustomerInfo;
  verifiedRole?: 'admin' | 'end-user';
}

export function registerAskCommand(program: Command): void {
  program
    .command('ask')
    .description('answer a question from the knowledge base, with citations')
    .argument('<question>', 'the customer question')
    .option('--json', 'print the answer object of the API as JSON (Markdown text, plainText, citations, …)')
    .option('--trace', 'also print the pipeline trace (stages, scores, timings)')
    .option(
      '--customer <fact>',
      'a customer fact such as plan=enterprise or role=developer (repeatable; picks the persona)',
      collectFact,
      {},
    )
    .addOption(
      new Option('--verified-role <role>', 'answer as a verified admin or end-user (you vouch for it; default end-user)').choices([
        'admin',
        'end-user',
      ]),
    )
    .action(async (question: string, options: AskFlags, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        await ensureIngested(workspace);
        const conversations = createConversations(workspace, createPipeline(workspace, await buildWorkspaceRetriever(workspace)));
        // The operator at the terminal is trusted, unlike a request body's `customer`: only here may a role be vouched for.
        const { answer, trace } = await conversations.answerOnce(question, {
          customer: options.customer,
          verifiedRole: options.verifiedRole ?? null,
        });
        if (options.json) printJson(options.trace ? { ...answer, trace } : answer);
        else printAnswer(answer, options.trace ? trace : null);
      });
    });
}

export function printAnswer(answer: Answer, trace: PipelineTrace | null): void {
  printLine(answer.text);
  // A terminal shows Markdown as written, so the sources are listed in the plain form, with paths and pages.
  const sources = sourcesFooter(answer.citations, 'plain');
  if (sources) {
    printLine();
    printLine(sources);
  }
  printLine();
  printLine(
    `confidence ${answer.confidence.toFixed(2)}${answer.handoff ? ` · human ${answer.handoff.mode} (${answer.handoff.reason})` : ''}`,
  );
  if (trace) {
    printLine();
    printLine(`trace ${trace.id} (${trace.totalMilliseconds.toFixed(1)} ms)`);
    printLine(JSON.stringify(trace.stages, null, 2));
  }
}

function collectFact(value: string, facts: CustomerInfo): CustomerInfo {
  const [key, ...rest] = value.split('=');
  if (!key || rest.length === 0)
    throw new SwitchboardError('VALIDATION_FAILED', `--customer ${value}: write it as key=value, e.g. plan=enterprise`);
  return { ...facts, [key.trim()]: rest.join('=').trim() };
}
