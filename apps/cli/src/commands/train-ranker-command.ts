/** `switchboard train ranker`: learns the reranker from judged questions (a golden set) over the workspace's knowledge. */
import type { Command } from 'commander';
import { trainWorkspaceRanker } from '@switchboard/evaluation';
import { printJson, printLine } from '../output.js';
import { ensureIngested, withWorkspace } from '../workspace.js';
import { workspaceDir } from './command-context.js';
import { parentCommand } from './parent-command.js';

export function registerTrainRankerCommand(program: Command): void {
  parentCommand(program, 'train', 'train a model from labelled examples')
    .command('ranker')
    .description(
      'train the learned reranker from a golden set: JSON lines {"question", "path"|"url"|"documentId"}; used automatically afterwards',
    )
    .requiredOption('--golden <file>', 'judged questions with the article that answers each')
    .option('--out <file>', 'where to write the model (default: <workspace>/data/models/ranker.json)')
    .option('--json', 'print the training summary as JSON')
    .action(async (options: { golden: string; out?: string; json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        await ensureIngested(workspace);
        const summary = await trainWorkspaceRanker({
          config: workspace.config,
          workspaceDir: workspace.dir,
          documents: await workspace.stores.knowledge.listDocuments(),
          chunks: await workspace.stores.knowledge.listChunks(),
          golden: options.golden,
          out: options.out,
          quiet: options.json,
        });
        if (options.json) return printJson(summary);
        printLine(
          `trained the reranker on ${summary.questions} judged questions (nDCG@10 before training: ${summary['ndcg@10_before'].toFixed(3)}); wrote ${summary.out}`,
        );
        printLine('it is used automatically by ask, search and serve in this workspace');
      });
    });
}
