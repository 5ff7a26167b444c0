/** `switchboard train ranker`: learns the reranker from judged questions (a golden set) over the workspace's knowledge. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { averageMetrics, scoreRanking } from '@switchboard/core';
import { SwitchboardError } from '@switchboard/spec';
import { trainRankerModel } from '../evaluation/train-ranker.js';
import { readResolvedQuestions } from '../learning/read-resolved-questions.js';
import { addHistory, historyFile, rankerFile } from '../learning/workspace-learning.js';
import { printJson, printLine } from '../output.js';
import { buildRetriever } from '../retriever.js';
import { ensureIngested, openWorkspace } from '../workspace.js';
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
      const workspace = openWorkspace(workspaceDir(command));
      try {
        await ensureIngested(workspace);
        const documents = await workspace.stores.knowledge.listDocuments();
        const golden = readResolvedQuestions(options.golden, documents);
        if (golden.length < 2)
          throw new SwitchboardError('DATASET_INVALID', `${options.golden}: at least two judged questions are needed to train a ranker`);
        const retriever = await buildRetriever(workspace.config, await workspace.stores.knowledge.listChunks(), {
          now: Date.now(),
          quiet: options.json,
        });
        await addHistory(retriever, readResolvedQuestions(historyFile(workspace.dir), documents, { optional: true }));
        const judged = golden.map((row, i) => ({
          query: { id: `g${i}`, text: row.question, metadata: {} },
          judgements: new Map([[row.documentId, 1]]),
        }));
        const rank = async (query: { id: string; text: string; metadata: Record<string, unknown> }) => ({
          hits: await retriever.retrieve({ query: query.text, limit: 50, unit: 'document' }),
          rewritten: null,
        });
        const before = averageMetrics(
          await Promise.all(
            judged.map(async (entry) =>
              scoreRanking(
                (await rank(entry.query)).hits.map((h) => h.chunk.documentId),
                entry.judgements,
              ),
            ),
          ),
        );
        const model = await trainRankerModel(retriever, judged, rank);
        const out = options.out ?? rankerFile(workspace.dir);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, `${JSON.stringify(model, null, 2)}\n`);
        const summary = {
          out,
          questions: judged.length,
          'ndcg@10_before': before['ndcg@10'],
          weights: Object.fromEntries(model.featureNames.map((name, i) => [name, model.weights[i]])),
        };
        if (options.json) return printJson(summary);
        printLine(
          `trained the reranker on ${judged.length} judged questions (nDCG@10 before training: ${before['ndcg@10'].toFixed(3)}); wrote ${out}`,
        );
        printLine('it is used automatically by ask, search and serve in this workspace');
      } finally {
        workspace.close();
      }
    });
}
