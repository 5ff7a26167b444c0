import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packages = ['spec', 'config', 'core', 'ingest', 'store-sqlite', 'providers', 'testkit'];
const apps = ['server', 'cli'];
const alias = Object.fromEntries([
  ...packages.map((name) => [`@switchboard/${name}`, fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url))]),
  ...apps.map((name) => [`@switchboard/${name}`, fileURLToPath(new URL(`./apps/${name}/src/index.ts`, import.meta.url))]),
]);

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
