import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { Reporter } from 'vitest/reporters';

const packages = ['spec', 'event-stream', 'config', 'core', 'models', 'ingest', 'store-sqlite', 'providers', 'testkit', 'evaluation'];
const apps = ['server', 'cli'];
const examples = ['retail-store'];
const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
/** Tests run on the sources: each package name (and each of core's area entry points) resolves to its src. */
const alias = [
  { find: /^@switchboard\/core\/([a-z-]+)$/, replacement: `${source('./packages/core/src/')}$1/index.ts` },
  ...packages.map((name) => ({ find: new RegExp(`^@switchboard/${name}$`), replacement: source(`./packages/${name}/src/index.ts`) })),
  ...apps.map((name) => ({ find: new RegExp(`^@switchboard/${name}$`), replacement: source(`./apps/${name}/src/index.ts`) })),
  ...examples.map((name) => ({
    find: new RegExp(`^@switchboard/example-${name}$`),
    replacement: source(`./examples/${name}/src/index.ts`),
  })),
];

/** Names the tests skipped for want of ../shared/data (their names say so), after the default summary. */
const sharedDataSkips: Reporter = {
  onTestRunEnd(testModules) {
    const skipped = testModules.flatMap((module) =>
      [...module.children.allTests('skipped')].filter((test) => test.fullName.includes('needs ../shared/data')),
    );
    if (skipped.length === 0) return;
    process.stdout.write(`\n ${skipped.length} dataset tests skipped; they need ../shared/data beside the repository\n`);
    for (const test of skipped) process.stdout.write(`   ↓ ${test.fullName}\n`);
  },
};

export default defineConfig({
  resolve: { alias },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'examples/*/src/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      'apps/*/test/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', sharedDataSkips],
  },
});
