#!/usr/bin/env node
// Entry point: loads the compiled CLI. `npm run build` (run by `npm ci` via prepare) produces dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
if (!existsSync(main)) {
  console.error('switchboard: the CLI is not built yet. Run `npm run build` at the repository root.');
  process.exit(1);
}
await import(main);
