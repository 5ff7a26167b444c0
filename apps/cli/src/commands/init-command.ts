/** `switchboard init [dir]`: writes a commented default config, a data folder and a starter knowledge folder. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { configFileName, defaultConfigYaml } from '@switchboard/config';
import { SwitchboardError } from '@switchboard/spec';
import { printLine } from '../output.js';

const starterArticle = `---
title: Welcome to your help center
updated: 2026-01-01
tags: [getting-started]
audience: all
type: evergreen
---
# Welcome to your help center

Replace this file with your own articles. Every Markdown, MDX or HTML file in this folder is ingested.

## Writing good articles

Give each article a clear title and split it into sections with H2 and H3 headings: Switchboard cites sections by their headings.
`;

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description('create a workspace: switchboard.yaml (commented defaults), data/ and kb/')
    .argument('[dir]', 'folder to initialise', '.')
    .option('--force', 'overwrite an existing switchboard.yaml')
    .action((dir: string, options: { force?: boolean }) => {
      const root = resolve(dir);
      const configPath = join(root, configFileName);
      if (existsSync(configPath) && !options.force) {
        throw new SwitchboardError('VALIDATION_FAILED', `${configPath} already exists; pass --force to overwrite it`);
      }
      mkdirSync(join(root, 'data'), { recursive: true });
      mkdirSync(join(root, 'kb'), { recursive: true });
      writeFileSync(configPath, defaultConfigYaml);
      const article = join(root, 'kb', 'welcome.md');
      if (!existsSync(article)) writeFileSync(article, starterArticle);
      printLine(`created ${configPath}`);
      printLine(`created ${join(root, 'data')}/ and ${join(root, 'kb')}/`);
      printLine('next: put articles in kb/, then run `switchboard ingest` and `switchboard ask "…"`');
    });
}
