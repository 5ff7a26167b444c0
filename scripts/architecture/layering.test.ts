import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const workspace = fileURLToPath(new URL('../..', import.meta.url));
const layering = 'no-restricted-imports';
const crossing = 'switchboard/no-cross-package-import';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: workspace, overrideConfigFile: 'eslint.config.js' });
});

/** The layering problems the lint reports for `code` placed at `filePath`, as `rule: message`. */
async function importProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter(
      (message) =>
        message.fatal || [layering, crossing, 'no-restricted-globals', 'no-restricted-properties'].includes(message.ruleId ?? ''),
    )
    .map((message) => `${message.ruleId ?? 'fatal'}: ${message.message}`);
}

describe('the layering lint', () => {
  const violations: readonly (readonly [string, string, string, string, RegExp])[] = [
    [
      'the widget importing core',
      'apps/widget/src/x.ts',
      "import { composeExtractiveAnswer } from '@switchboard/core/answer';",
      layering,
      /apps\/widget may import only @switchboard\/event-stream/,
    ],
    [
      'the console importing the server',
      'apps/console/src/x.tsx',
      "import { buildApp } from '@switchboard/server';",
      layering,
      /apps\/console may import only @switchboard\/event-stream/,
    ],
    [
      'spec importing core',
      'packages/spec/src/x.ts',
      "import type { ChunkingOptions } from '@switchboard/core/chunking';",
      layering,
      /spec imports nothing of ours/,
    ],
    [
      'spec importing core by a relative path',
      'packages/spec/src/x.ts',
      "import type { X } from '../../core/src/index.js';",
      crossing,
      /from packages\/spec into packages\/core/,
    ],
    [
      'core importing an adapter',
      'packages/core/src/x.ts',
      "import { ingestFiles } from '@switchboard/ingest';",
      layering,
      /core may import only @switchboard\/spec/,
    ],
    [
      'core re-exporting an adapter',
      'packages/core/src/x.ts',
      "export * from '@switchboard/store-sqlite';",
      layering,
      /core may import only/,
    ],
    [
      'core importing an app',
      'packages/core/src/x.ts',
      "import { buildApp } from '@switchboard/server';",
      layering,
      /core may import only/,
    ],
    [
      'core importing another package by a relative path',
      'packages/core/src/x.ts',
      "import { x } from '../../ingest/src/x.js';",
      crossing,
      /from packages\/core into packages\/ingest/,
    ],
    [
      'core loading a package by a dynamic import',
      'packages/core/src/x.ts',
      "export const load = () => import('@switchboard/ingest');",
      crossing,
      /static import/,
    ],
    ['core doing I/O', 'packages/core/src/x.ts', "import { readFileSync } from 'node:fs';", layering, /core does no I\/O/],
    ['core reading the clock', 'packages/core/src/x.ts', 'export const now = Date.now();', 'no-restricted-properties', /pass a Clock/],
    [
      'a core fixture doing I/O',
      'packages/core/src/pipeline/__fixtures__/x.ts',
      "import { readFileSync } from 'node:fs';",
      layering,
      /core does no I\/O/,
    ],
    [
      'providers importing store-sqlite',
      'packages/providers/src/x.ts',
      "import { createSqliteStores } from '@switchboard/store-sqlite';",
      layering,
      /providers may import only/,
    ],
    [
      'ingest importing providers',
      'packages/ingest/src/x.ts',
      "import { createSifEmbedder } from '@switchboard/providers';",
      layering,
      /ingest may import only/,
    ],
    [
      'store-sqlite importing core',
      'packages/store-sqlite/src/x.ts',
      "import { chunkMarkdown } from '@switchboard/core/chunking';",
      layering,
      /store-\* may import only @switchboard\/spec of ours/,
    ],
    [
      'config importing ingest',
      'packages/config/src/x.ts',
      "import { ingestFiles } from '@switchboard/ingest';",
      layering,
      /config may import only/,
    ],
    [
      'a new adapter importing another adapter',
      'packages/widget-kit/src/x.ts',
      "import { readBeirQrels } from '@switchboard/ingest';",
      layering,
      /an adapter may import only/,
    ],
    [
      'evaluation importing an app',
      'packages/evaluation/src/x.ts',
      "import { startWorkspaceServer } from '@switchboard/cli';",
      layering,
      /evaluation may import only/,
    ],
    [
      'an adapter importing an app',
      'packages/models/src/x.ts',
      "import { main } from '@switchboard/cli';",
      layering,
      /models may import only/,
    ],
    [
      'testkit importing an adapter',
      'packages/testkit/src/x.ts',
      "import { createSqliteStores } from '@switchboard/store-sqlite';",
      layering,
      /testkit may import only/,
    ],
    [
      'a package test importing an app',
      'packages/core/src/x.test.ts',
      "import { buildApp } from '@switchboard/server';",
      layering,
      /never import an app/,
    ],
    [
      'a package test importing testkit by a relative path',
      'packages/core/src/x.test.ts',
      "import { fixtures } from '../../testkit/src/index.js';",
      crossing,
      /into packages\/testkit/,
    ],
    [
      'an adapter importing core through its dist folder',
      'packages/ingest/src/x.ts',
      "import { chunkMarkdown } from '@switchboard/core/dist/index.js';",
      crossing,
      /dist folder/,
    ],
    [
      'an app importing core through its src folder',
      'apps/cli/src/x.ts',
      "import { chunkMarkdown } from '@switchboard/core/src/index.js';",
      crossing,
      /src folder/,
    ],
    [
      'an app importing another app by a relative dist path',
      'apps/server/src/x.ts',
      "import { main } from '../../cli/dist/main.js';",
      crossing,
      /from apps\/server into apps\/cli/,
    ],
    [
      'a script importing core by its dist path',
      'scripts/bench/x.mjs',
      "import { analyze } from '../../packages/core/dist/index.js';",
      crossing,
      /from outside the packages into packages\/core/,
    ],
    [
      'a script importing an app by its dist path',
      'scripts/answers/x.mjs',
      "import { buildRetriever } from '../../apps/cli/dist/retriever.js';",
      crossing,
      /into apps\/cli/,
    ],
    [
      'a script loading a package by a dynamic relative path',
      'scripts/x.mjs',
      "await import('../packages/providers/dist/index.js');",
      crossing,
      /into packages\/providers/,
    ],
    [
      'an example importing testkit by a relative path',
      'examples/retail-store/src/x.ts',
      "import { fixtures } from '../../../packages/testkit/src/index.js';",
      crossing,
      /into packages\/testkit/,
    ],
    [
      'a script importing through node_modules',
      'scripts/x.mjs',
      "import { analyze } from '../node_modules/@switchboard/core/dist/index.js';",
      crossing,
      /into node_modules/,
    ],
  ];

  it.each(violations)('reports %s', async (_name, filePath, code, rule, message) => {
    const problems = await importProblems(filePath, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${rule}: `));
    expect(problems[0]).toMatch(message);
  });

  const legal: readonly (readonly [string, string, string])[] = [
    [
      'spec importing zod and its own files',
      'packages/spec/src/errors/x.ts',
      "import { z } from 'zod';\nimport type { Y } from '../y.js';\nimport { w } from './w.js';",
    ],
    [
      'core importing spec and its own folders',
      'packages/core/src/retrieval/x.ts',
      "import type { Chunk } from '@switchboard/spec';\nimport { analyze } from '../text/analyze.js';",
    ],
    [
      'ingest importing core and spec',
      'packages/ingest/src/x.ts',
      "import { chunkMarkdown } from '@switchboard/core/chunking';\nimport type { Chunk } from '@switchboard/spec';",
    ],
    ['providers importing core', 'packages/providers/src/x.ts', "import type { ToolExecutor } from '@switchboard/core/workflow';"],
    ['evaluation importing the adapters it runs', 'packages/evaluation/src/x.ts', "import { readBeirQrels } from '@switchboard/ingest';"],
    ['store-sqlite importing spec', 'packages/store-sqlite/src/x.ts', "import type { KnowledgeStore } from '@switchboard/spec';"],
    [
      'a new adapter importing core by an entry point',
      'packages/evaluation/src/x.ts',
      "import { bm25f } from '@switchboard/core/retrieval';",
    ],
    ['testkit importing core', 'packages/testkit/src/x.ts', "import { chunkMarkdown } from '@switchboard/core/chunking';"],
    [
      'a core fixture importing testkit',
      'packages/core/src/retrieval/__fixtures__/x.ts',
      "import { fixtures } from '@switchboard/testkit';",
    ],
    [
      'a core test importing testkit',
      'packages/core/src/retrieval/x.test.ts',
      "import { fixtures } from '@switchboard/testkit';\nimport { y } from './y.js';",
    ],
    [
      'an ingest test importing a store',
      'packages/ingest/src/x.test.ts',
      "import { createSqliteStores } from '@switchboard/store-sqlite';",
    ],
    [
      'a test fixture importing core',
      'packages/providers/src/openai-compatible/__fixtures__/x.ts',
      "import { createGenerativeAnswerer } from '@switchboard/core/generation';",
    ],
    [
      'an app importing every package and another app',
      'apps/cli/src/x.ts',
      "import { ingestFiles } from '@switchboard/ingest';\nimport { createSqliteStores } from '@switchboard/store-sqlite';\nimport { buildApp } from '@switchboard/server';",
    ],
    ['an app importing its own build', 'apps/cli/bin/x.js', "await import('../dist/main.js');"],
    [
      'a script importing packages by name and other scripts',
      'scripts/bench/x.mjs',
      "import { analyze } from '@switchboard/core/text';\nimport { x } from '../warm-cache.mjs';\nimport { y } from './retrieval/system.mjs';",
    ],
  ];

  it.each(legal)('allows %s', async (_name, filePath, code) => {
    expect(await importProblems(filePath, code)).toEqual([]);
  });
});
