/** `switchboard search "<query>"`: the ranked chunks with scores per field. */
import type { Command } from 'commander';
import { printJson, printLine } from '../output.js';
import { buildWorkspaceRetriever, ensureIngested, withWorkspace } from '../workspace.js';
import { workspaceDir } from './command-context.js';

export function registerSearchCommand(program: Command): void {
  program
    .command('search')
    .description('rank knowledge chunks for a query (BM25F)')
    .argument('<query>', 'what to search for')
    .option('-n, --limit <n>', 'how many results', (value) => Number.parseInt(value, 10), 10)
    .option('--json', 'print the ranked chunks as JSON')
    .action(async (query: string, options: { limit: number; json?: boolean }, command: Command) => {
      await withWorkspace(workspaceDir(command), async (workspace) => {
        await ensureIngested(workspace);
        const retriever = await buildWorkspaceRetriever(workspace);
        const hits = await retriever.retrieve({ query, limit: options.limit });
        const results = hits.map((hit) => ({
          id: hit.chunk.id,
          matchedChunkId: hit.matchedChunkId,
          documentId: hit.chunk.documentId,
          title: hit.chunk.document.title,
          breadcrumb: hit.chunk.breadcrumb,
          path: hit.chunk.document.path,
          url: hit.chunk.document.url,
          page: hit.chunk.page,
          score: Math.round(hit.score * 1000) / 1000,
          fieldScores: Object.fromEntries(Object.entries(hit.fieldScores).map(([k, v]) => [k, Math.round(v * 1000) / 1000])),
          signals: hit.signals,
          text: hit.chunk.text,
        }));
        if (options.json) return printJson(results);
        if (results.length === 0) return printLine('no results');
        results.forEach((result, i) => {
          printLine(`${i + 1}. ${result.breadcrumb}  (${result.score.toFixed(2)})`);
          printLine(`   ${result.url ?? result.path}${result.page ? `, p. ${result.page}` : ''}`);
          printLine(`   ${result.text.replace(/\s+/g, ' ').slice(0, 160)}…`);
        });
      });
    });
}
