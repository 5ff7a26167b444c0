/** `switchboard init [dir]`: writes a commented config named after the folder, a data folder and a starter article. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { configFileName, starterArticle, workspaceConfigYaml } from '@switchboard/config';
import { SwitchboardError } from '@switchboard/spec';
import { printLine } from '../output.js';

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description('create a workspace: switchboard.yaml (commented defaults), data/ and kb/ with a welcome article')
    .argument('[dir]', 'folder to initialise (created if missing)', '.')
    .option('--name <name>', 'workspace name (default: the folder name)')
    .option('--force', 'overwrite an existing switchboard.yaml')
    .action((dir: string, options: { name?: string; force?: boolean }) => {
      const root = resolve(dir);
      const configPath = join(root, configFileName);
      const configExisted = existsSync(configPath);
      if (configExisted && !options.force) {
        throw new SwitchboardError('VALIDATION_FAILED', `${configPath} already exists; pass --force to overwrite it`);
      }
      const name = options.name?.trim() || basename(root) || 'switchboard';
      const wrote: [string, string][] = [];
      const folder = (path: string, what: string): void => {
        if (existsSync(join(root, path))) return;
        mkdirSync(join(root, path), { recursive: true });
        wrote.push([`${path}/`, what]);
      };
      mkdirSync(root, { recursive: true });
      writeFileSync(configPath, workspaceConfigYaml(name));
      wrote.push([configFileName, `${configExisted ? 'overwritten: ' : ''}the configuration, every default written out and commented`]);
      folder('kb', 'your articles: Markdown, MDX, HTML, PDF, DOCX, CSV FAQs, text');
      const article = join(root, 'kb', 'welcome.md');
      if (!existsSync(article)) {
        writeFileSync(article, starterArticle);
        wrote.push(['kb/welcome.md', 'a starter article; `ingest` indexes it with yours, so edit or delete it']);
      }
      folder('data', 'where the database (data/switchboard.db) goes when you ingest');

      printLine(`Created workspace "${name}" in ${root}:`);
      const width = Math.max(...wrote.map(([path]) => path.length));
      for (const [path, what] of wrote) printLine(`  ${path.padEnd(width)}  ${what}`);
      printLine();
      printLine('Next:');
      const where = relative(process.cwd(), root);
      if (where !== '') printLine(`  cd ${/\s/.test(where) ? JSON.stringify(where) : where}`);
      printLine('  npx switchboard ingest                              # index kb/, welcome.md included');
      printLine('  npx switchboard ask "how do I write good articles?" # a cited answer from your articles');
      printLine('  npx switchboard serve                               # the HTTP API on http://127.0.0.1:8787');
    });
}
