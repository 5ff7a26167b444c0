/** `switchboard ask "<question>"`: a grounded, cited answer, or an honest "I don't know". */
import type { Command } from 'commander';
import type { Answer, PipelineTrace } from '@switchboard/spec';
import { printJson, printLine } from '../output.js';
import { buildWorkspaceRetriever, createPipeline, ensureIngested, openWorkspace } from '../workspace.js';
import { workspaceDir } from './command-context.js';

export function registerAskCommand(program: Command): void {
  program
    .command('ask')
    .description('answer a question from the knowledge base, with citations')
    .argument('<question>', 'the customer question')
    .option('--json', 'print the answer object of the API as JSON')
    .option('--trace', 'also print the pipeline trace (stages, scores, timings)')
    .action(async (question: string, options: { json?: boolean; trace?: boolean }, command: Command) => {
      const workspace = openWorkspace(workspaceDir(command));
      try {
        await ensureIngested(workspace);
        const pipeline = createPipeline(workspace, await buildWorkspaceRetriever(workspace));
        const { answer, trace } = await pipeline.answer(question);
        if (options.json) printJson(options.trace ? { ...answer, trace } : answer);
        else printAnswer(answer, options.trace ? trace : null);
      } finally {
        workspace.close();
      }
    });
}

export function printAnswer(answer: Answer, trace: PipelineTrace | null): void {
  printLine(answer.text);
  if (answer.citations.length > 0) {
    printLine();
    printLine('Sources:');
    for (const c of answer.citations)
      printLine(`  [${c.index}] ${c.title}${c.section ? ` > ${c.section}` : ''} (${c.url ?? c.path}${c.page ? `, p. ${c.page}` : ''})`);
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
