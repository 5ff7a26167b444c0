// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noCrossPackageImport from './eslint-rules/no-cross-package-import.js';

/** The source files of a folder, TypeScript and JavaScript alike. @param {string} folder */
const sourcesOf = (folder) => ['ts', 'tsx', 'mts', 'cts', 'js', 'mjs', 'cjs'].map((extension) => `${folder}/**/*.${extension}`);
/** Tests and the fixtures only tests load. */
const fixtureFiles = '**/__fixtures__/**';
const testFiles = ['**/*.test.ts', fixtureFiles];

/**
 * What each package may import of ours by name, outside its tests (docs/architecture.md):
 * spec <- core <- {ingest, providers, store-*, config, …} <- apps. Apps import anything; no package imports an app.
 * @type {Record<string, readonly string[]>}
 */
const layers = {
  spec: [],
  core: ['spec'],
  ingest: ['spec', 'core'], // core's chunker and workflow parser
  providers: ['spec', 'core'], // core's ToolExecutor, which the HTTP tool executor implements
  'store-*': ['spec'],
  config: ['spec'],
  'event-stream': [],
  testkit: ['spec', 'core'],
  models: ['spec', 'core'], // the shipped weights, typed by core's model types
  // Evaluation runs the real pipeline over datasets and workspaces: a layer above the adapters, below the apps.
  evaluation: ['spec', 'core', 'ingest', 'providers', 'config', 'store-sqlite', 'models'],
};
/** What any other package (an adapter such as evaluation or models) may import of ours. @type {readonly string[]} */
const adapterLayer = ['spec', 'core'];

/**
 * A `no-restricted-imports` pattern that refuses every package of ours but the allowed ones.
 * @param {string} name
 * @param {readonly string[]} allowed
 */
function onlyOurs(name, allowed) {
  const message =
    allowed.length === 0
      ? `${name} imports nothing of ours (docs/architecture.md).`
      : `${name} may import only ${allowed.map((layer) => `@switchboard/${layer}`).join(' and ')} of ours; adapters never import each other or an app (docs/architecture.md).`;
  return { regex: allowed.length === 0 ? '^@switchboard/' : `^@switchboard/(?!(?:${allowed.join('|')})(?:/|$))`, message };
}

/**
 * `no-restricted-imports` for one layer.
 * @param {string} name
 * @param {readonly string[]} allowed
 * @returns {import('eslint').Linter.RulesRecord}
 */
const layering = (name, allowed) => ({ 'no-restricted-imports': ['error', { patterns: [onlyOurs(name, allowed)] }] });

/** The apps' package names: what no package imports, its tests included. */
const apps = readdirSync(new URL('./apps', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** No package imports an app, its tests and fixtures included. */
const noApps = { regex: `^@switchboard/(?:${apps.join('|')})(?:/|$)`, message: 'packages, tests included, never import an app.' };

// Core is pure: no I/O, no ambient clock, randomness or environment (see docs/architecture.md). Its fixtures too.
const coreIo = { group: ['node:*', 'fs', 'path', 'http', 'https', 'child_process', 'os'], message: 'core does no I/O; pass adapters in' };
/**
 * Core's purity rules, with the import patterns of core's sources or of its fixtures.
 * @param {object[]} importPatterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const corePurity = (importPatterns) => ({
  'no-restricted-imports': ['error', { patterns: importPatterns }],
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'core reads no environment; pass values in' },
    { name: 'fetch', message: 'core does no I/O' },
    { name: 'console', message: 'core logs nothing; return what happened and let the app log it' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'pass a Clock' },
    { object: 'Math', property: 'random', message: 'pass a random source' },
  ],
});

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'examples/**/data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Everywhere, scripts and examples included: another package is imported by its name, never by a path.
    files: sourcesOf('**'),
    plugins: { switchboard: { rules: { 'no-cross-package-import': noCrossPackageImport } } },
    rules: { 'switchboard/no-cross-package-import': 'error' },
  },
  // Layers. For one file the last matching block's `no-restricted-imports` wins, so the general block comes first.
  { files: sourcesOf('packages/*'), ignores: testFiles, rules: layering('an adapter', adapterLayer) },
  ...Object.entries(layers).map(([name, allowed]) => ({
    files: sourcesOf(`packages/${name}`),
    ignores: testFiles,
    rules: layering(name, allowed),
  })),
  {
    // A package's tests and fixtures may import any package (testkit, a real store), but never an app.
    files: testFiles.map((pattern) => `packages/*/${pattern}`),
    rules: { 'no-restricted-imports': ['error', { patterns: [noApps] }] },
  },
  // The browser apps know the server only through HTTP: of ours they import the event-stream reader alone.
  ...['widget', 'console'].map((app) => ({ files: sourcesOf(`apps/${app}`), rules: layering(`apps/${app}`, ['event-stream']) })),
  { files: sourcesOf('packages/core/src'), ignores: testFiles, rules: corePurity([coreIo, onlyOurs('core', layers.core)]) },
  { files: [`packages/core/src/${fixtureFiles}`], rules: corePurity([coreIo, noApps]) },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly' } },
  },
);
