// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    // Core is pure: no I/O, no ambient clock, randomness or environment (see docs/architecture.md).
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'http', 'https', 'child_process', 'os'], message: 'core does no I/O; pass adapters in' },
            {
              group: ['@switchboard/store-*', '@switchboard/ingest', '@switchboard/providers', '@switchboard/config'],
              message: 'core depends on spec only',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'core reads no environment; pass values in' },
        { name: 'fetch', message: 'core does no I/O' },
        { name: 'console', message: 'core logs through an injected Logger' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'pass a Clock' },
        { object: 'Math', property: 'random', message: 'pass a random source' },
      ],
    },
  },
  {
    files: ['packages/spec/src/**/*.ts', 'packages/store-*/src/**/*.ts', 'packages/ingest/src/**/*.ts', 'packages/providers/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@switchboard/store-*', '@switchboard/server', '@switchboard/cli'],
              message: 'adapters depend on spec (and core), never on each other or on apps',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly' } },
  },
);
